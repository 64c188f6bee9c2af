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
 * Both servers must answer the measured request with the same bytes, or the bench would
 * compare different work. `overdue` depends on the clock, so a mismatch is retried once
 * in case a due time passed between the two requests.
 */
export async function verifySameBody(
  tend: RunningServer,
  bare: RunningServer,
  path: string,
  headers: Record<string, string>,
): Promise<{ bytes: number; items: number }> {
  for (let attempt = 1; ; attempt++) {
    const [a, b] = await Promise.all([
      fetchBody(tend.url + path, headers),
      fetchBody(bare.url + path, headers),
    ]);
    if (a === b) {
      const page = JSON.parse(a) as { items: unknown[]; next_cursor: string | null };
      if (page.items.length === 0 || page.next_cursor === null) {
        throw new Error(`expected a full page with a next_cursor, got ${a.slice(0, 200)}`);
      }
      return { bytes: Buffer.byteLength(a), items: page.items.length };
    }
    if (attempt === 2) throw new Error(`bodies differ:\n${firstDifference(a, b)}`);
  }
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 120);
  return `  at character ${i}\n  tend: …${a.slice(from, i + 120)}\n  bare: …${b.slice(from, i + 120)}`;
}
