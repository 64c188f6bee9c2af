import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, undo } from '../activity/support.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;
let bob: TestUser;
let luna: { id: string };

// Sunday 2026-11-22, 10:00 in Berlin.
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
  bob = await t.createUser({ timezone: 'Europe/Berlin' });
  const res = await t.request
    .post('/v1/subjects')
    .set('Authorization', alice.auth)
    .send({ name: 'Luna', species: 'cat' });
  luna = res.body;
});
afterAll(() => t.close());

interface Result {
  index: number;
  status: number;
  task?: Record<string, unknown> & { id: string };
  problem?: {
    code: string;
    status: number;
    errors?: { pointer: string }[];
    existing?: { id: string }[];
  };
}
interface Batch {
  results: Result[];
  succeeded: number;
  failed: number;
}

function createTasks(items: object[], user = alice) {
  return t.request.post('/v1/tasks/batch').set('Authorization', user.auth).send({ items });
}

async function created(items: object[], user = alice): Promise<Batch> {
  const res = await createTasks(items, user);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

function completeTasks(taskIds: string[], user = alice) {
  return t.request
    .post('/v1/tasks/complete')
    .set('Authorization', user.auth)
    .send({ task_ids: taskIds });
}

async function countTitled(title: string, user = alice): Promise<number> {
  return (await t.db('tasks').where({ user_id: user.id, title }).whereNull('deleted_at')).length;
}

describe('createTasks', () => {
  it('adds every item of a valid batch, each read as createTask reads it', async () => {
    const items = [
      { title: 'Buy cat food', due_text: 'tomorrow 5pm', subject: 'luna', tags: ['Errands'] },
      { title: 'Give Luna her pill', repeat: 'daily at 8am', subject_id: luna.id },
      { title: 'Renew the passport', due_date: '2026-12-15', priority: 'high' },
    ];
    const batch = await created(items);
    expect(batch).toMatchObject({ succeeded: 3, failed: 0 });
    expect(batch.results.map((r) => [r.index, r.status])).toEqual([
      [0, 201],
      [1, 201],
      [2, 201],
    ]);
    // The same inputs one at a time (confirmed, being doubles of the batch's) give the same.
    for (const [i, item] of items.entries()) {
      const single = await t.request
        .post('/v1/tasks')
        .set('Authorization', alice.auth)
        .send({ ...item, confirm_duplicate: true });
      expect(single.status).toBe(201);
      const { id: _a, ...fromBatch } = batch.results[i]?.task ?? {};
      const { id: _b, ...alone } = single.body;
      expect(fromBatch).toEqual(alone);
    }
    expect(batch.results[0]?.task).toMatchObject({
      due_at: '2026-11-23T17:00:00.000+01:00',
      due_text: 'tomorrow 5pm',
      subject_name: 'Luna',
      tags: ['errands'],
    });
    expect(batch.results[1]?.task).toMatchObject({
      repeat_rule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0',
      due_at: '2026-11-23T08:00:00.000+01:00',
    });
    const stored = await t.request
      .get(`/v1/tasks/${batch.results[2]?.task?.id}`)
      .set('Authorization', alice.auth);
    expect(stored.body).toMatchObject({ title: 'Renew the passport', priority: 'high' });
  });

  it('stores the good items of a batch with one bad item, and names the bad one’s field', async () => {
    const batch = await created([
      { title: 'Batch A' },
      { title: 'Batch B', due_text: 'tomorrow' },
      { title: 'Batch C', due_text: 'whenever the moon is blue' },
      { title: 'Batch D', subject: 'Oscar' },
      { title: 'Batch E', due_text: 'next friday' },
    ]);
    expect(batch).toMatchObject({ succeeded: 3, failed: 2 });
    expect(batch.results.map((r) => r.status)).toEqual([201, 201, 422, 404, 201]);
    expect(batch.results[2]).toMatchObject({
      index: 2,
      problem: {
        code: 'unparseable_date',
        status: 422,
        errors: [{ pointer: '/body/items/2/due_text' }],
      },
    });
    expect(batch.results[2]?.task).toBeUndefined();
    expect(batch.results[3]?.problem).toMatchObject({
      code: 'unknown_subject',
      errors: [{ pointer: '/body/items/3/subject' }],
    });
    for (const title of ['Batch A', 'Batch B', 'Batch E']) expect(await countTitled(title)).toBe(1);
    for (const title of ['Batch C', 'Batch D']) expect(await countTitled(title)).toBe(0);
  });

  it('refuses a batch of 51 items whole with a 400 naming the items', async () => {
    const items = Array.from({ length: 51 }, (_, i) => ({ title: `Too many ${i}` }));
    const res = await createTasks(items);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/body/items');
    expect(await countTitled('Too many 0')).toBe(0);
  });

  it('refuses a batch with an item off the schema whole, naming that item’s field', async () => {
    const res = await createTasks([{ title: 'Fine' }, { title: 'Not fine', priority: 'asap' }]);
    expect(res.status).toBe(400);
    expect(res.body.errors).toMatchObject([{ pointer: '/body/items/1/priority' }]);
    expect(await countTitled('Fine')).toBe(0);
  });

  it('adds 50 items in one call, the answer far below 100,000 characters', async () => {
    const items = Array.from({ length: 50 }, (_, i) => ({
      title: `${i} ${'t'.repeat(190)}`,
      notes: 'n'.repeat(10_000),
      tags: Array.from({ length: 10 }, (_, j) => `tag-${j}-${'x'.repeat(20)}`),
      due_text: 'in 3 days',
    }));
    const res = await createTasks(items);
    expect(res.status).toBe(200);
    expect(res.body.succeeded).toBe(50);
    expect(res.text.length).toBeLessThan(100_000);
    expect(res.body.results[0].task.notes_truncated).toBe(true);
    // And 50 refused as doubles of those, each listing what it doubles.
    const again = await createTasks(items);
    expect(again.body.failed).toBe(50);
    expect(again.text.length).toBeLessThan(100_000);
  });

  it('answers a double within the batch with duplicate_suspected, unless the item confirms it', async () => {
    const batch = await created([
      { title: 'Feed the fish' },
      { title: 'feed the FISH ' },
      { title: 'Feed the fish', confirm_duplicate: true },
    ]);
    expect(batch.results.map((r) => r.status)).toEqual([201, 409, 201]);
    expect(batch.results[1]?.problem).toMatchObject({
      code: 'duplicate_suspected',
      existing: [{ id: batch.results[0]?.task?.id }],
    });
    expect(await countTitled('Feed the fish')).toBe(2);
  });

  it('answers an item doubling an existing task with duplicate_suspected, as createTask does', async () => {
    const first = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'Book the groomer', subject: 'Luna' });
    t.clock.advance(5 * 60_000);
    const batch = await created([
      { title: 'Book the groomer', subject: 'Luna' },
      { title: 'Book the groomer' },
    ]);
    expect(batch.results[0]).toMatchObject({
      status: 409,
      problem: { code: 'duplicate_suspected', existing: [{ id: first.body.id }] },
    });
    // About no one, unlike the existing one: not a double.
    expect(batch.results[1]?.status).toBe(201);
  });

  it('journals each created item on its own, so one can be undone alone', async () => {
    const batch = await created([
      { title: 'Journal one' },
      { title: 'Journal two', due_text: 'never ever' },
      { title: 'Journal three' },
    ]);
    const ids = batch.results.flatMap((r) => (r.task ? [r.task.id] : []));
    expect(ids).toHaveLength(2);
    const entries = (await activity(t, alice)).filter((e) => ids.includes(e.entity_id));
    expect(entries.map((e) => [e.operation, e.entity_id]).sort()).toEqual(
      ids.map((id) => ['create', id]).sort(),
    );
    const [one, three] = ids as [string, string];
    const entry = entries.find((e) => e.entity_id === one);
    expect((await undo(t, alice, entry?.id as string)).status).toBe(200);
    const gone = await t.request.get(`/v1/tasks/${one}`).set('Authorization', alice.auth);
    expect(gone.status).toBe(404);
    const kept = await t.request.get(`/v1/tasks/${three}`).set('Authorization', alice.auth);
    expect(kept.status).toBe(200);
  });

  it('replays the answer for a retried Idempotency-Key without adding anything', async () => {
    const send = () =>
      t.request
        .post('/v1/tasks/batch')
        .set('Authorization', alice.auth)
        .set('Idempotency-Key', 'batch-1')
        .send({ items: [{ title: 'Once only' }, { title: 'Once only too' }] });
    const first = await send();
    const retry = await send();
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await countTitled('Once only')).toBe(1);
  });
});

describe('completeTasks', () => {
  it('completes each task, reporting an unknown or another user’s id in its place', async () => {
    const mine = await created([
      { title: 'Tick one' },
      { title: 'Tick two', repeat: 'every Monday' },
      { title: 'Tick three' },
    ]);
    const [one, two, three] = mine.results.map((r) => r.task?.id as string);
    const bobs = await created([{ title: 'Bob’s' }], bob);
    const bobsId = bobs.results[0]?.task?.id as string;
    const res = await completeTasks([one as string, randomUUID(), two as string, bobsId]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ succeeded: 2, failed: 2 });
    expect(res.body.results.map((r: Result) => r.status)).toEqual([200, 404, 200, 404]);
    expect(res.body.results[0].task).toMatchObject({ id: one, status: 'done' });
    expect(res.body.results[1].problem).toMatchObject({
      code: 'not_found',
      errors: [{ pointer: '/body/task_ids/1' }],
    });
    expect(res.body.results[2].task).toMatchObject({
      id: two,
      status: 'done',
      next_occurrence: { status: 'open', due_at: '2026-11-30T00:00:00.000+01:00' },
    });
    expect(res.body.results[3].problem.errors).toEqual([
      { pointer: '/body/task_ids/3', reason: 'is not one of the user’s tasks' },
    ]);
    const bobsTask = await t.request.get(`/v1/tasks/${bobsId}`).set('Authorization', bob.auth);
    expect(bobsTask.body.status).toBe('open');
    const left = await t.request.get(`/v1/tasks/${three}`).set('Authorization', alice.auth);
    expect(left.body.status).toBe('open');
  });

  it('journals each completion on its own, and leaves a done task as it is', async () => {
    const mine = await created([{ title: 'Done A' }, { title: 'Done B', repeat: 'daily' }]);
    const [a, b] = mine.results.map((r) => r.task?.id as string) as [string, string];
    const first = await completeTasks([a, b]);
    const next = first.body.results[1].task.next_occurrence.id;
    const again = await completeTasks([a]);
    expect(again.body.results[0]).toMatchObject({ status: 200, task: { id: a, status: 'done' } });
    const entries = (await activity(t, alice)).filter((e) => [a, b, next].includes(e.entity_id));
    expect(entries.map((e) => `${e.operation} ${e.entity_id}`).sort()).toEqual(
      [`create ${a}`, `create ${b}`, `complete ${a}`, `complete ${b}`, `create ${next}`].sort(),
    );
    const completedA = entries.find((e) => e.operation === 'complete' && e.entity_id === a);
    expect((await undo(t, alice, completedA?.id as string)).status).toBe(200);
    const reopened = await t.request.get(`/v1/tasks/${a}`).set('Authorization', alice.auth);
    expect(reopened.body.status).toBe('open');
    const stillDone = await t.request.get(`/v1/tasks/${b}`).set('Authorization', alice.auth);
    expect(stillDone.body.status).toBe('done');
  });

  it('refuses 51 ids with a 400 naming task_ids', async () => {
    const res = await completeTasks(Array.from({ length: 51 }, () => randomUUID()));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/body/task_ids');
  });
});
