import knex from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/accounts/users.ts';
import { HOUSEKEEPING_LOCK, runHousekeepingOnce } from '../../src/app/housekeeping.ts';
import { createAccessTokens } from '../../src/auth/access-tokens.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { loadServerSecret } from '../../src/auth/server-secret.ts';
import { createSigningKeys } from '../../src/auth/signing-keys.ts';
import { type Db, isPglite } from '../../src/db/connect.ts';
import { createClient } from '../../src/oauth/clients.ts';
import { recordConsent } from '../../src/oauth/grants.ts';
import { FakeClock } from '../support/clock.ts';
import { type RunningTend, startTend } from '../support/dashboard.ts';
import { createTestDb, type TestDb } from '../support/db.ts';

/**
 * Two Tend instances on one database, as two servers behind a load balancer would run:
 * on PostgreSQL each with a pool of its own; on PGlite (one process by design) two apps
 * on the one database. Their clock is faked and never moves, so a credential cache never
 * expires by itself here: a refusal on B can only come from the database's notice.
 */
const PUBLIC_URL = 'http://tend.test';
/** How soon an ended credential must be refused on the other instance. */
const AGREE_WITHIN_MS = 2000;

let testDb: TestDb;
let dbB: Db;
let a: RunningTend;
let b: RunningTend;
const clock = new FakeClock('2026-11-22T09:00:00Z');
let person = 0;

beforeAll(async () => {
  testDb = await createTestDb();
  dbB = isPglite(testDb.db)
    ? testDb.db
    : knex({
        client: 'pg',
        connection: testDb.db.client.config.connection,
        pool: { min: 0, max: 5 },
      });
  const config = { publicUrl: PUBLIC_URL, validateResponses: true };
  a = await startTend(testDb.db, { config, now: clock.now });
  b = await startTend(dbB, { config, now: clock.now });
  await Promise.all([a.credentials.listening(), b.credentials.listening()]);
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  if (dbB !== testDb.db) await dbB?.destroy();
  await testDb?.destroy();
});

async function someone() {
  person += 1;
  const user = await createUser(testDb.db, {
    email: `instances${person}@example.com`,
    displayName: `Person ${person}`,
    timezone: 'Europe/Berlin',
    now: clock.now(),
  });
  const key = async (scopes: Parameters<typeof createApiKey>[1]['scopes']) =>
    `Bearer ${(await createApiKey(testDb.db, { userId: user.id, name: 'k', scopes, now: clock.now() })).key}`;
  return {
    user,
    reader: await key(['tasks:read', 'tasks:write']),
    account: await key(['account']),
  };
}

function call(on: RunningTend, path: string, auth: string, init: RequestInit = {}) {
  return fetch(`${on.base}${path}`, {
    ...init,
    headers: { authorization: auth, 'content-type': 'application/json', ...init.headers },
  });
}

/** Polls until `path` on the instance answers 401; how long that took, or a failure at 2 s. */
async function refusedWithin(on: RunningTend, path: string, auth: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    const status = (await call(on, path, auth)).status;
    const waited = performance.now() - started;
    if (status === 401) return waited;
    if (waited > AGREE_WITHIN_MS) throw new Error(`still ${status} after ${Math.round(waited)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** An OAuth connection of the person's, and an access token of it issued 10 s ago. */
async function connectedApp(userId: string) {
  const client = await createClient(
    testDb.db,
    {
      name: `App ${person}`,
      redirectUris: ['https://app.example/callback'],
      scopes: ['tasks:read'],
      isPublic: false,
    },
    clock.now(),
  );
  const grant = await recordConsent(testDb.db, {
    userId,
    clientId: client.clientId,
    scopes: ['tasks:read'],
    now: clock.now(),
  });
  const issuedAt = () => new Date(clock.now().getTime() - 10_000);
  const tokens = createAccessTokens({
    keys: createSigningKeys({
      db: testDb.db,
      serverSecret: await loadServerSecret(testDb.db, undefined),
      now: issuedAt,
    }),
    issuer: PUBLIC_URL,
    now: issuedAt,
  });
  const token = await tokens.sign({
    userId,
    clientId: client.clientId,
    grantId: grant.id,
    scopes: ['tasks:read'],
    audience: `${PUBLIC_URL}/v1`,
  });
  return { grantId: grant.id, auth: `Bearer ${token}` };
}

describe('two instances on one database', () => {
  it('a write on A is read on B', async () => {
    const { reader } = await someone();
    const made = await call(a, '/v1/tasks', reader, {
      method: 'POST',
      body: JSON.stringify({ title: 'Written on A' }),
    });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    const read = await call(b, `/v1/tasks/${id}`, reader);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id, title: 'Written on A' });
  });

  it('a key revoked on A is refused on A at once and on B within 2 s', async () => {
    const { reader, account } = await someone();
    // Both instances have the key cached as valid.
    expect((await call(a, '/v1/tasks', reader)).status).toBe(200);
    expect((await call(b, '/v1/tasks', reader)).status).toBe(200);
    const keys = (await (await call(a, '/v1/account/api-keys', account)).json()) as {
      items: { id: string; scopes: string[] }[];
    };
    const id = keys.items.find((k) => k.scopes.includes('tasks:read'))?.id;
    const revoked = await call(a, `/v1/account/api-keys/${id}`, account, { method: 'DELETE' });
    expect(revoked.status).toBe(204);
    // Where it was pressed: the very next request, no waiting for the notice.
    expect((await call(a, '/v1/tasks', reader)).status).toBe(401);
    const waited = await refusedWithin(b, '/v1/tasks', reader);
    expect(waited).toBeLessThan(AGREE_WITHIN_MS);
  });

  it('an app disconnected on A is refused on A at once and on B within 2 s', async () => {
    const { user, account } = await someone();
    const app = await connectedApp(user.id);
    expect((await call(a, '/v1/tasks', app.auth)).status).toBe(200);
    expect((await call(b, '/v1/tasks', app.auth)).status).toBe(200);
    const gone = await call(a, `/v1/account/connected-apps/${app.grantId}`, account, {
      method: 'DELETE',
    });
    expect(gone.status).toBe(204);
    expect((await call(a, '/v1/tasks', app.auth)).status).toBe(401);
    expect(await refusedWithin(b, '/v1/tasks', app.auth)).toBeLessThan(AGREE_WITHIN_MS);
  });

  it('a password changed elsewhere ends the older access tokens on B within 2 s', async () => {
    const { user, reader } = await someone();
    const app = await connectedApp(user.id);
    expect((await call(b, '/v1/tasks', app.auth)).status).toBe(200);
    await testDb.db('users').where({ id: user.id }).update({ password_changed_at: clock.now() });
    expect(await refusedWithin(b, '/v1/tasks', app.auth)).toBeLessThan(AGREE_WITHIN_MS);
    // API keys are not passwords: they stay until revoked.
    expect((await call(b, '/v1/tasks', reader)).status).toBe(200);
  });

  it('an account deleted elsewhere is refused on both within 2 s', async () => {
    const { user, reader } = await someone();
    const app = await connectedApp(user.id);
    for (const on of [a, b]) {
      expect((await call(on, '/v1/tasks', reader)).status).toBe(200);
      expect((await call(on, '/v1/tasks', app.auth)).status).toBe(200);
    }
    await testDb.db('users').where({ id: user.id }).delete();
    for (const on of [a, b]) {
      expect(await refusedWithin(on, '/v1/tasks', reader)).toBeLessThan(AGREE_WITHIN_MS);
      expect(await refusedWithin(on, '/v1/tasks', app.auth)).toBeLessThan(AGREE_WITHIN_MS);
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)('a lost listening connection', () => {
  const listeners = `select pid from pg_stat_activity
    where datname = current_database() and query ilike 'listen%tend_credentials%'`;

  it('drops every cached credential once listening again, as its notices may be lost', async () => {
    const { user, reader } = await someone();
    expect((await call(b, '/v1/tasks', reader)).status).toBe(200);
    const { rows } = await testDb.db.raw(`select pg_terminate_backend(pid) from (${listeners}) l`);
    expect(rows.length).toBe(2);
    // Revoked while nobody listens: the notice reaches no instance. pg_terminate_backend only
    // signals; a backend leaves pg_stat_activity as it exits, well before the 250 ms backoff.
    await expect
      .poll(async () => (await testDb.db.raw(listeners)).rows, { timeout: 200, interval: 5 })
      .toEqual([]);
    await testDb.db('api_keys').where({ user_id: user.id }).update({ revoked_at: clock.now() });
    // Listening again after the first backoff (250 ms), B looks everything up afresh.
    expect(await refusedWithin(b, '/v1/tasks', reader)).toBeLessThan(AGREE_WITHIN_MS);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('housekeeping on two instances', () => {
  it('runs one pass when both start it at the same moment', async () => {
    // A third connection holds a table the pass deletes from, so whichever instance gets
    // the pass stays inside it while the other one tries.
    const holder = knex({
      client: 'pg',
      connection: testDb.db.client.config.connection,
      pool: { min: 0, max: 1 },
    });
    const held = await holder.transaction();
    await held.raw('lock table idempotency_keys in access exclusive mode');
    const outcomes: (string | undefined)[] = [];
    const passes = [testDb.db, dbB].map((db) =>
      runHousekeepingOnce(db, clock.now()).then((purged) => {
        outcomes.push(purged ? 'ran' : 'skipped');
        return purged;
      }),
    );
    await expect.poll(() => outcomes, { timeout: 5000 }).toEqual(['skipped']);
    await held.commit();
    const results = await Promise.all(passes);
    await holder.destroy();
    expect(outcomes).toEqual(['skipped', 'ran']);
    expect(results.filter(Boolean)).toHaveLength(1);
    // The lock went with the pass's transaction: the next pass runs.
    expect(await runHousekeepingOnce(dbB, clock.now())).toBeDefined();
    const { rows } = await testDb.db.raw(
      "select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = ?",
      [HOUSEKEEPING_LOCK],
    );
    expect(rows[0].n).toBe(0);
  });
});
