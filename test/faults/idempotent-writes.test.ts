import { setTimeout as sleep } from 'node:timers/promises';
import knex from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterUnavailable, type PgCluster, startCluster } from '../support/pg-cluster.ts';
import { serveTendOn, type TendOnCluster } from '../support/tend-on-cluster.ts';

// These own a PostgreSQL cluster; CI runs them once, in the PostgreSQL pass.
const enabled = Boolean(process.env.DATABASE_URL);
const WRITERS = 12;
const MAX_PER_WRITER = 25;

let cluster: PgCluster | undefined;
let tend: TendOnCluster | undefined;
let skipped: string | undefined;

beforeAll(async () => {
  if (!enabled) return;
  skipped = clusterUnavailable();
  if (skipped) return;
  try {
    cluster = await startCluster();
    tend = await serveTendOn(cluster.url, { timeouts: { statementMs: 2000, acquireMs: 2000 } });
  } catch (error) {
    skipped = `cannot run a PostgreSQL cluster here: ${(error as Error).message.split('\n')[0]}`;
  }
});

afterAll(async () => {
  await tend?.close();
  await cluster?.remove();
});

interface Write {
  key: string;
  title: string;
  /** Status of the first attempt; 0 when no answer came. */
  first: number;
  /** The record id Tend answered with, once one attempt was acknowledged. */
  id?: string;
  replayed?: boolean;
  /** The last retry answered 409 in flight. */
  inFlight?: boolean;
}

async function send(write: Write): Promise<{ status: number; id?: string; replayed: boolean }> {
  const app = tend as TendOnCluster;
  try {
    const res = await fetch(`${app.url}/v1/records`, {
      method: 'POST',
      headers: {
        Authorization: app.auth,
        'Content-Type': 'application/json',
        'Idempotency-Key': write.key,
      },
      body: JSON.stringify({ type: 'note', title: write.title }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await res.json()) as { id?: string };
    return {
      status: res.status,
      ...(res.status === 201 && body.id && { id: body.id }),
      replayed: res.headers.get('idempotent-replayed') === 'true',
    };
  } catch {
    return { status: 0, replayed: false };
  }
}

/**
 * Writers send records, each with its own key, while `fault` strikes; then every write not
 * acknowledged is retried with its key until it is. Prints the counts on one line.
 */
async function underFault(name: string, fault: () => Promise<void>) {
  const app = tend as TendOnCluster;
  const writes: Write[] = [];
  let stop = false;
  const writers = Array.from({ length: WRITERS }, async (_, w) => {
    for (let i = 0; !stop && i < MAX_PER_WRITER; i++) {
      const write: Write = { key: `${name}-${w}-${i}`, title: `${name} ${w}-${i}`, first: 0 };
      writes.push(write);
      const res = await send(write);
      write.first = res.status;
      if (res.id) write.id = res.id;
      await sleep(15);
    }
  });
  await sleep(400);
  await fault();
  await sleep(400);
  stop = true;
  await Promise.all(writers);

  const unacknowledged = writes.filter((w) => w.id === undefined);
  for (let round = 0; round < 40 && writes.some((w) => w.id === undefined); round++) {
    await Promise.all(
      writes
        .filter((w) => w.id === undefined)
        .map(async (w) => {
          const res = await send(w);
          w.inFlight = res.status === 409;
          if (res.id) {
            w.id = res.id;
            w.replayed = res.replayed;
          }
        }),
    );
    if (writes.some((w) => w.id === undefined)) await sleep(250);
  }

  const rows: { title: string; id: string }[] = await app
    .check('records')
    .whereIn(
      'title',
      writes.map((w) => w.title),
    )
    .select('title', 'id');
  const byTitle = new Map<string, string[]>();
  for (const row of rows) byTitle.set(row.title, [...(byTitle.get(row.title) ?? []), row.id]);
  const inFlightRows = await app
    .check('idempotency_keys')
    .where({ state: 'in_flight' })
    .count({ n: '*' });
  const counts = {
    sent: writes.length,
    acknowledged: writes.length - unacknowledged.length,
    unacknowledged: unacknowledged.length,
    completed_on_retry: unacknowledged.filter((w) => w.id !== undefined && !w.replayed).length,
    replayed_on_retry: unacknowledged.filter((w) => w.replayed).length,
    stored: writes.filter((w) => (byTitle.get(w.title)?.length ?? 0) >= 1).length,
    duplicated: writes.filter((w) => (byTitle.get(w.title)?.length ?? 0) > 1).length,
    missing: writes.filter((w) => (byTitle.get(w.title)?.length ?? 0) === 0).length,
    still_in_flight: writes.filter((w) => w.inFlight).length + Number(inFlightRows[0]?.n),
  };
  console.log(
    `faults: ${name}: ${Object.entries(counts)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  // Every answer names the one stored record of its write.
  const mismatched = writes.filter((w) => {
    const ids = byTitle.get(w.title) ?? [];
    return ids.length !== 1 || ids[0] !== w.id;
  });
  return { counts, mismatched };
}

function guard(ctx: { skip: (note?: string) => void }) {
  if (skipped) {
    console.log(`faults: skipped: ${skipped}`);
    ctx.skip(skipped);
  }
}

describe.skipIf(!enabled)('writes with Idempotency-Key through database faults', () => {
  it('keeps every write exactly once through pg_ctl restart -m fast', async (ctx) => {
    guard(ctx);
    const { counts, mismatched } = await underFault('restart-fast', () =>
      (cluster as PgCluster).restart('fast'),
    );
    expect(counts.unacknowledged).toBeGreaterThan(0);
    expect(mismatched).toEqual([]);
    expect(counts).toMatchObject({ duplicated: 0, missing: 0, still_in_flight: 0 });
    expect(counts.stored).toBe(counts.sent);
  });

  it('keeps every write exactly once through pg_ctl restart -m immediate', async (ctx) => {
    guard(ctx);
    const { counts, mismatched } = await underFault('restart-immediate', () =>
      (cluster as PgCluster).restart('immediate'),
    );
    expect(counts.unacknowledged).toBeGreaterThan(0);
    expect(mismatched).toEqual([]);
    expect(counts).toMatchObject({ duplicated: 0, missing: 0, still_in_flight: 0 });
    expect(counts.stored).toBe(counts.sent);
  });

  it('keeps every write exactly once when its backend is terminated mid-transaction', async (ctx) => {
    guard(ctx);
    const admin = knex({
      client: 'pg',
      connection: (cluster as PgCluster).url,
      pool: { min: 0, max: 1 },
    });
    let terminated = 0;
    try {
      const { counts, mismatched } = await underFault('terminate-backend', async () => {
        const until = Date.now() + 1500;
        while (Date.now() < until) {
          const result = await admin.raw(
            `select pg_terminate_backend(pid) as done from pg_stat_activity
              where datname = 'tend' and backend_type = 'client backend'
                and pid <> pg_backend_pid() and xact_start is not null`,
          );
          terminated += result.rows.filter((r: { done: boolean }) => r.done).length;
          await sleep(20);
        }
      });
      console.log(`faults: terminate-backend: backends_terminated=${terminated}`);
      expect(terminated).toBeGreaterThan(0);
      expect(counts.unacknowledged).toBeGreaterThan(0);
      expect(mismatched).toEqual([]);
      expect(counts).toMatchObject({ duplicated: 0, missing: 0, still_in_flight: 0 });
      expect(counts.stored).toBe(counts.sent);
    } finally {
      await admin.destroy();
    }
  });
});
