import type { RunningServer } from './servers.ts';

async function fetchBody(url: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(url, { headers });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`${url} answered ${response.status}: ${body.slice(0, 500)}`);
  }
  return body;
}

/**
 * Tend and the other server (the bare one or a peer) must answer the measured request with
 * the same bytes, or the bench would compare different work. `overdue` depends on the clock, so a mismatch is retried once
 * in case a due time passed between the two requests.
 */
export async function verifySameBody(
  tend: RunningServer,
  other: RunningServer,
  path: string,
  headers: Record<string, string>,
): Promise<{ bytes: number; items: number }> {
  for (let attempt = 1; ; attempt++) {
    const [a, b] = await Promise.all([
      fetchBody(tend.url + path, headers),
      fetchBody(other.url + path, headers),
    ]);
    if (a === b) {
      const page = JSON.parse(a) as { items: unknown[]; next_cursor: string | null };
      if (page.items.length === 0 || page.next_cursor === null) {
        throw new Error(`expected a full page with a next_cursor, got ${a.slice(0, 200)}`);
      }
      return { bytes: Buffer.byteLength(a), items: page.items.length };
    }
    if (attempt === 2) {
      throw new Error(
        `${other.kind} and Tend bodies differ:\n${firstDifference(a, b, other.kind)}`,
      );
    }
  }
}

function firstDifference(a: string, b: string, other: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 120);
  return `  at character ${i}\n  tend: …${a.slice(from, i + 120)}\n  ${other}: …${b.slice(from, i + 120)}`;
}

/** The fields a created task has of its own: every other byte must match. */
const OWN_FIELDS = ['id', 'title', 'created_at', 'updated_at'];

/**
 * The write bench's servers must store and answer the same task for the same body: one
 * create on each, compared with the fields that differ by nature masked.
 */
export async function verifySameCreated(
  tend: RunningServer,
  other: RunningServer,
  headers: Record<string, string>,
  body: (server: RunningServer) => string,
): Promise<{ bytes: number }> {
  const [a, b] = await Promise.all(
    [tend, other].map(async (server) => {
      const response = await fetch(`${server.url}/v1/tasks`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: body(server),
      });
      const text = await response.text();
      if (response.status !== 201) {
        throw new Error(
          `${server.kind} createTask answered ${response.status}: ${text.slice(0, 500)}`,
        );
      }
      return text;
    }),
  );
  const mask = (text: string) =>
    JSON.stringify(JSON.parse(text), (key, value) => (OWN_FIELDS.includes(key) ? '…' : value));
  const [ma, mb] = [mask(a as string), mask(b as string)];
  if (ma !== mb) throw new Error(`created tasks differ:\n${firstDifference(ma, mb, other.kind)}`);
  return { bytes: Buffer.byteLength(a as string) };
}
