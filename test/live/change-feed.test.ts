import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPglite } from '../../src/db/connect.ts';
import { listenForNotices } from '../../src/db/notice-listener.ts';
import { createLogger } from '../../src/http/logger.ts';
import {
  CHANGES_CHANNEL,
  type ChangeFeed,
  type ChangeNotice,
  createChangeFeed,
} from '../../src/live/change-feed.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;
let bob: TestUser;
let feed: ChangeFeed;
const log = createLogger('silent');

/** What one person's subscriber heard, and a way to wait for the next of it. */
function listenAs(userId: string, on = feed) {
  const heard: (ChangeNotice | null)[] = [];
  const waiters: (() => void)[] = [];
  const unsubscribe = on.subscribe(userId, {
    change(notice) {
      heard.push(notice);
      for (const w of waiters.splice(0)) w();
    },
    end() {},
  });
  const until = async (test: () => boolean, ms = 3000) => {
    const deadline = Date.now() + ms;
    while (!test()) {
      if (Date.now() > deadline) throw new Error(`not heard: ${JSON.stringify(heard)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  return { heard, until, unsubscribe };
}

async function createTask(user: TestUser, title: string): Promise<string> {
  const res = await t.request.post('/v1/tasks').set('Authorization', user.auth).send({ title });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.createUser();
  bob = await t.createUser();
  feed = createChangeFeed({ db: t.db, log });
  await feed.listening();
});
afterAll(async () => {
  await feed.stop();
  await t.close();
});

describe('change notices from the database', () => {
  it('a committed write reaches its own person, and nobody else (R13)', async () => {
    const a = listenAs(alice.id);
    const b = listenAs(bob.id);
    const id = await createTask(alice, 'Buy cat food');
    await a.until(() => a.heard.length > 0);
    expect(a.heard).toEqual([{ entity: 'task', entity_id: id, operation: 'create' }]);
    // Bob's own change arrives after Alice's would have: he heard only his.
    const bobs = await createTask(bob, 'Water plants');
    await b.until(() => b.heard.length > 0);
    expect(b.heard).toEqual([{ entity: 'task', entity_id: bobs, operation: 'create' }]);
    expect(a.heard).toHaveLength(1);
    a.unsubscribe();
    b.unsubscribe();
  });

  it('the notice names the change and nothing of its content', async () => {
    const payloads: string[] = [];
    const raw = await listenForNotices(t.db, CHANGES_CHANNEL, {
      log,
      onNotice: (p) => payloads.push(p),
    });
    await raw.listening();
    const id = await createTask(alice, 'Secret surprise party');
    const deadline = Date.now() + 3000;
    while (payloads.length === 0 && Date.now() < deadline) await sleep(20);
    await raw.close();
    expect(payloads.map((p) => JSON.parse(p))).toEqual([
      { user_id: alice.id, entity: 'task', entity_id: id, operation: 'create' },
    ]);
    expect(payloads[0]).not.toContain('Secret');
  });

  it('an undo announces itself, and so does every change of an update or delete', async () => {
    const id = await createTask(alice, 'Call the vet');
    const a = listenAs(alice.id);
    await t.request
      .patch(`/v1/tasks/${id}`)
      .set('Authorization', alice.auth)
      .send({ title: 'Call the vet at 9' })
      .expect(200);
    await a.until(() => a.heard.length >= 1);
    const list = await t.request
      .get(`/v1/activity?entity_id=${id}`)
      .set('Authorization', alice.auth)
      .expect(200);
    await t.request
      .post(`/v1/activity/${list.body.items[0].id}/undo`)
      .set('Authorization', alice.auth)
      .expect(200);
    await a.until(() => a.heard.some((n) => n?.operation === 'undo'));
    expect(a.heard[0]).toEqual({ entity: 'task', entity_id: id, operation: 'update' });
    expect(a.heard.every((n) => n?.entity_id === id)).toBe(true);
    a.unsubscribe();
  });

  it('a write that rolls back announces nothing', async () => {
    const a = listenAs(alice.id);
    await t.db
      .transaction(async (trx) => {
        await trx('activity').insert({
          user_id: alice.id,
          actor: 'web',
          operation: 'create',
          entity: 'task',
          entity_id: '00000000-0000-4000-8000-000000000001',
          after: JSON.stringify({}),
          created_at: new Date(),
        });
        throw new Error('changed my mind');
      })
      .catch(() => {});
    // A later commit arrives, so the rolled-back one would have arrived before it.
    const id = await createTask(alice, 'Feed the fish');
    await a.until(() => a.heard.length > 0);
    expect(a.heard).toEqual([{ entity: 'task', entity_id: id, operation: 'create' }]);
    a.unsubscribe();
  });

  it('every instance on the database hears every commit', async () => {
    const other = createChangeFeed({ db: t.db, log });
    await other.listening();
    const here = listenAs(alice.id);
    const there = listenAs(alice.id, other);
    const id = await createTask(alice, 'Book the groomer');
    await here.until(() => here.heard.length > 0);
    await there.until(() => there.heard.length > 0);
    expect(there.heard).toEqual(here.heard);
    expect(there.heard[0]?.entity_id).toBe(id);
    await other.stop();
  });

  it('stopping the feed ends every stream', async () => {
    const other = createChangeFeed({ db: t.db, log });
    let ended = 0;
    other.subscribe(alice.id, { change() {}, end: () => ended++ });
    other.subscribe(bob.id, { change() {}, end: () => ended++ });
    await other.stop();
    expect(ended).toBe(2);
    expect(other.stopped).toBe(true);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('a dropped LISTEN connection (PostgreSQL)', () => {
  it('comes back, says notices may have been missed, and delivers again', async () => {
    expect(isPglite(t.db)).toBe(false);
    const a = listenAs(alice.id);
    const { rows } = await t.db.raw(
      `select pid from pg_stat_activity
       where datname = current_database() and query ilike 'LISTEN%' and pid <> pg_backend_pid()`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { pid } of rows) await t.db.raw('select pg_terminate_backend(?)', [pid]);
    // The resumed listener tells every subscriber to look again: notices may have been lost.
    await a.until(() => a.heard.includes(null), 10_000);
    await feed.listening();
    const id = await createTask(alice, 'After the outage');
    await a.until(() => a.heard.some((n) => n?.entity_id === id));
    a.unsubscribe();
  });
});

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
