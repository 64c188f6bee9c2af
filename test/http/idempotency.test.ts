import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../src/contract/handler-types.ts';
import { idempotencyLockId, purgeExpiredIdempotencyKeys } from '../../src/pipeline/idempotency.ts';
import { subjectHandlers } from '../../src/subjects/handlers.ts';
import { taskHandlers } from '../../src/tasks/handlers.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;
// createTask waits for this gate while it is set, so a request can be held in flight.
let gate: Promise<void> | undefined;
let createCalls = 0;
let completeCalls = 0;
// createSubject fails after its write while this is set, as a lost connection would.
let failAfterWrite = false;

const handlers: Partial<Handlers> = {
  async createTask(input, ctx) {
    createCalls += 1;
    await gate;
    return taskHandlers.createTask(input, ctx);
  },
  async createSubject(input, ctx) {
    const result = await subjectHandlers.createSubject(input, ctx);
    if (failAfterWrite) throw new Error('connection lost after the write');
    return result;
  },
  async completeTask(input, ctx) {
    completeCalls += 1;
    if (completeCalls === 1) throw new Error('database hiccup');
    return taskHandlers.completeTask(input, ctx);
  },
};

beforeAll(async () => {
  t = await createTestApp({ handlers, now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser();
});
afterAll(() => t.close());

function postRecord(key: string, body: object, user = alice) {
  return t.request
    .post('/v1/records')
    .set('Authorization', user.auth)
    .set('Idempotency-Key', key)
    .send(body);
}

async function countRecords(title: string): Promise<number> {
  const rows = await t.db('records').where({ title }).count({ n: '*' });
  return Number(rows[0]?.n);
}

describe('Idempotency-Key', () => {
  it('replays the first answer to a retry instead of writing twice', async () => {
    const body = { type: 'note', title: 'Replayed' };
    const first = await postRecord('"key-1"', body);
    expect(first.status).toBe(201);
    t.clock.advance(60_000);
    const retry = await postRecord('"key-1"', body);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await countRecords('Replayed')).toBe(1);
  });

  it('replays a refusal too, so a retried duplicate stays a 409', async () => {
    await postRecord('"dup-a"', { type: 'note', title: 'Twice' });
    const refused = await postRecord('"dup-b"', { type: 'note', title: 'Twice' });
    expect(refused.status).toBe(409);
    const retried = await postRecord('"dup-b"', { type: 'note', title: 'Twice' });
    expect(retried.status).toBe(409);
    expect(retried.body.existing).toEqual(refused.body.existing);
    expect(retried.headers['idempotent-replayed']).toBe('true');
  });

  it('answers 422 for the same key with a different body', async () => {
    await postRecord('"key-2"', { type: 'note', title: 'First body' });
    const other = await postRecord('"key-2"', { type: 'note', title: 'Second body' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    expect(await countRecords('Second body')).toBe(0);
  });

  it('answers 422 for the same key on another operation', async () => {
    const created = await postRecord('"key-3"', { type: 'note', title: 'Keyed' });
    const deleted = await t.request
      .delete(`/v1/records/${created.body.id}`)
      .set('Authorization', alice.auth)
      .set('Idempotency-Key', '"key-3"');
    expect(deleted.status).toBe(422);
  });

  it('keeps keys apart per user', async () => {
    const bob = await t.createUser();
    await postRecord('"shared"', { type: 'note', title: 'Alice’s' });
    const bobs = await postRecord('"shared"', { type: 'note', title: 'Bob’s' }, bob);
    expect(bobs.status).toBe(201);
    expect(bobs.body.title).toBe('Bob’s');
  });

  it('answers 409 while the first request is still running, then replays it', async () => {
    let open: () => void = () => {};
    gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const send = () =>
      t.request
        .post('/v1/tasks')
        .set('Authorization', alice.auth)
        .set('Idempotency-Key', 'in-flight')
        .send({ title: 'Slow one' });
    const calls = createCalls;
    const first = send().then((res) => res);
    // The first is inside its handler, holding the key (and, on PGlite, the connection).
    await expect.poll(() => createCalls).toBe(calls + 1);
    const during = await send();
    expect(during.status).toBe(409);
    expect(during.body.code).toBe('idempotency_request_in_flight');
    expect(during.headers['retry-after']).toBe('1');
    open();
    gate = undefined;
    const done = await first;
    expect(done.status).toBe(201);
    const after = await send();
    expect(after.status).toBe(201);
    expect(after.body.id).toBe(done.body.id);
  });

  it('takes over at once a key an earlier version left in flight', async () => {
    await t.db('idempotency_keys').insert({
      user_id: alice.id,
      key: 'orphan',
      fingerprint: 'from a process that died',
      state: 'in_flight',
      created_at: t.clock.now(),
      expires_at: new Date(t.clock.now().getTime() + 24 * 60 * 60 * 1000),
    });
    const retry = await postRecord('orphan', { type: 'note', title: 'Orphaned' });
    expect(retry.status).toBe(201);
    const replay = await postRecord('orphan', { type: 'note', title: 'Orphaned' });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await countRecords('Orphaned')).toBe(1);
  });

  it('runs two concurrent requests with one key once', async () => {
    const body = { type: 'note', title: 'Concurrent' };
    const replies = await Promise.all([postRecord('"both"', body), postRecord('"both"', body)]);
    const statuses = replies.map((r) => r.status).sort();
    expect([
      [201, 201],
      [201, 409],
    ]).toContainEqual(statuses);
    const ids = new Set(replies.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(await countRecords('Concurrent')).toBe(1);
  });

  it('forgets an answer that was a server error, so the retry runs', async () => {
    const task = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'Flaky' });
    const complete = () =>
      t.request
        .post(`/v1/tasks/${task.body.id}/complete`)
        .set('Authorization', alice.auth)
        .set('Idempotency-Key', 'flaky');
    expect((await complete()).status).toBe(500);
    const retry = await complete();
    expect(retry.status).toBe(200);
    expect(retry.body.status).toBe('done');
    expect(completeCalls).toBe(2);
  });

  it('runs the request again after 24 hours', async () => {
    const first = await postRecord('"old"', { type: 'note', title: 'Day one' });
    t.clock.advance(24 * 60 * 60 * 1000);
    const again = await postRecord('"old"', { type: 'note', title: 'Day two' });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.body.id);
  });

  it('purges expired keys', async () => {
    await postRecord('"to-purge"', { type: 'note', title: 'Purged key' });
    t.clock.advance(24 * 60 * 60 * 1000 + 1);
    expect(await purgeExpiredIdempotencyKeys(t.db, t.clock.now())).toBeGreaterThan(0);
    expect(await t.db('idempotency_keys').where({ key: 'to-purge' }).first()).toBeUndefined();
  });

  it('refuses a key that is too long', async () => {
    const res = await postRecord('x'.repeat(256), { type: 'note', title: 'Long key' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_idempotency_key');
  });

  it('changes nothing for requests without a key', async () => {
    const body = { type: 'note', title: 'Unkeyed', confirm_duplicate: true };
    await t.request.post('/v1/records').set('Authorization', alice.auth).send(body);
    await t.request.post('/v1/records').set('Authorization', alice.auth).send(body);
    expect(await countRecords('Unkeyed')).toBe(2);
  });

  it('rolls the write back with its key when the request fails after writing', async () => {
    const create = () =>
      t.request
        .post('/v1/subjects')
        .set('Authorization', alice.auth)
        .set('Idempotency-Key', 'after-write')
        .send({ name: 'Pixel', species: 'cat' });
    failAfterWrite = true;
    expect((await create()).status).toBe(500);
    failAfterWrite = false;
    expect(await t.db('subjects').where({ user_id: alice.id, name: 'Pixel' }).first()).toBe(
      undefined,
    );
    expect(await t.db('idempotency_keys').where({ key: 'after-write' }).first()).toBe(undefined);
    const retry = await create();
    expect(retry.status).toBe(201);
    expect((await create()).body.id).toBe(retry.body.id);
    const rows = await t.db('subjects').where({ user_id: alice.id, name: 'Pixel' });
    expect(rows).toHaveLength(1);
  });

  it('stores the reply in the same transaction as the write', async () => {
    const res = await postRecord('"atomic"', { type: 'note', title: 'Atomic' });
    const stored = await t.db('idempotency_keys').where({ key: 'atomic' }).first();
    expect(stored.state).toBe('done');
    expect(JSON.parse(stored.response_body).id).toBe(res.body.id);
  });

  // Another instance's request holds the key: its transaction has the advisory lock. PGlite
  // has one connection and one process, so this is a PostgreSQL matter.
  it.skipIf(!process.env.DATABASE_URL)(
    'answers 409 only while another transaction holds the key, then runs it',
    async () => {
      const holder = await t.db.transaction();
      await holder.raw('select pg_advisory_xact_lock(?::bigint)', [
        idempotencyLockId(alice.id, 'held'),
      ]);
      const started = Date.now();
      const during = await postRecord('held', { type: 'note', title: 'Held elsewhere' });
      expect(during.status).toBe(409);
      expect(during.body.code).toBe('idempotency_request_in_flight');
      expect(Date.now() - started).toBeLessThan(3_000);
      await holder.rollback();
      const after = await postRecord('held', { type: 'note', title: 'Held elsewhere' });
      expect(after.status).toBe(201);
      expect(await countRecords('Held elsewhere')).toBe(1);
    },
  );
});
