import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterUnavailable, type PgCluster, startCluster } from '../support/pg-cluster.ts';
import { serveTendOn, type TendOnCluster } from '../support/tend-on-cluster.ts';

// These own a PostgreSQL cluster; CI runs them once, in the PostgreSQL pass.
const enabled = Boolean(process.env.DATABASE_URL);

let cluster: PgCluster | undefined;
let tend: TendOnCluster | undefined;
let skipped: string | undefined;

beforeAll(async () => {
  if (!enabled) return;
  skipped = clusterUnavailable();
  if (skipped) return;
  try {
    cluster = await startCluster();
    // The defaults of DB_STATEMENT_TIMEOUT_MS, DB_ACQUIRE_TIMEOUT_MS and READY_TIMEOUT_MS.
    tend = await serveTendOn(cluster.url, {
      timeouts: { statementMs: 2000, acquireMs: 2000 },
      readyTimeoutMs: 1000,
    });
  } catch (error) {
    skipped = `cannot run a PostgreSQL cluster here: ${(error as Error).message.split('\n')[0]}`;
  }
});

afterAll(async () => {
  await tend?.close();
  await cluster?.remove();
});

async function timed(path: string, init: RequestInit = {}) {
  const app = tend as TendOnCluster;
  const started = Date.now();
  const res = await fetch(`${app.url}${path}`, {
    ...init,
    headers: { Authorization: app.auth, 'Content-Type': 'application/json', ...init.headers },
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  return {
    status: res.status,
    ms: Date.now() - started,
    retryAfter: res.headers.get('retry-after'),
    contentType: res.headers.get('content-type'),
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

function write(key: string, title: string) {
  return timed('/v1/records', {
    method: 'POST',
    headers: { 'Idempotency-Key': key },
    body: JSON.stringify({ type: 'note', title }),
  });
}

describe.skipIf(!enabled)('a hung database (its processes SIGSTOPped)', () => {
  it('answers 503 with Retry-After in time, and recovers by itself on SIGCONT', async (ctx) => {
    if (skipped) {
      console.log(`faults: skipped: ${skipped}`);
      ctx.skip(skipped);
    }
    const db = cluster as PgCluster;
    // Warm: a pooled connection and the key's cached credentials, as in steady use.
    expect((await write('before', 'Before the hang')).status).toBe(201);
    expect((await timed('/readyz')).status).toBe(200);

    const stopped = await db.signalAll('SIGSTOP');
    let resumed = false;
    try {
      const [written, ready, listed] = await Promise.all([
        write('during', 'During the hang'),
        timed('/readyz'),
        timed('/v1/records'),
      ]);
      console.log(
        `faults: hung database: processes_stopped=${stopped} write=${written.status}/${written.ms}ms ` +
          `list=${listed.status}/${listed.ms}ms readyz=${ready.status}/${ready.ms}ms`,
      );
      for (const res of [written, listed]) {
        expect(res.status).toBe(503);
        expect(res.ms).toBeLessThan(5000);
        expect(res.retryAfter).toMatch(/^\d+$/);
        expect(res.contentType).toMatch(/^application\/problem\+json/);
        expect(res.body.code).toBe('database_unavailable');
      }
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(2000);
      expect(ready.retryAfter).toMatch(/^\d+$/);
      // Still hung a while later: answers stay bounded, the pool is not left stuck.
      const again = await write('during', 'During the hang');
      expect(again.status).toBe(503);
      expect(again.ms).toBeLessThan(5000);

      await db.signalAll('SIGCONT');
      resumed = true;
      const started = Date.now();
      let after = await write('during', 'During the hang');
      while (after.status !== 201 && Date.now() - started < 10_000) {
        await sleep(100);
        after = await write('during', 'During the hang');
      }
      console.log(`faults: hung database: recovered_after=${Date.now() - started}ms`);
      expect(after.status).toBe(201);
      expect((await timed('/readyz')).status).toBe(200);
      const rows = await (tend as TendOnCluster)
        .check('records')
        .where({ title: 'During the hang' })
        .select('id');
      expect(rows.map((r) => r.id)).toEqual([after.body.id]);
    } finally {
      if (!resumed) await db.signalAll('SIGCONT');
    }
  });
});
