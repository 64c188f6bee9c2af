import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHousekeeping } from '../../src/db/housekeeping.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser();
});
afterAll(() => t.close());

describe('housekeeping', () => {
  it('deletes idempotency keys once their day is over, and only then', async () => {
    await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .set('Idempotency-Key', 'kept-a-day')
      .send({ title: 'Keyed' });
    t.clock.advance(23 * 60 * 60 * 1000);
    expect(await runHousekeeping(t.db, t.clock.now())).toMatchObject({ idempotencyKeys: 0 });
    t.clock.advance(60 * 60 * 1000);
    expect(await runHousekeeping(t.db, t.clock.now())).toMatchObject({ idempotencyKeys: 1 });
    expect(await t.db('idempotency_keys').where({ key: 'kept-a-day' }).first()).toBeUndefined();
  });
});
