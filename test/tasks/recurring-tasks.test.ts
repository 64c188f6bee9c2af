import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' }); // 10:00 in Berlin, a Sunday
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
});
afterAll(() => t.close());

async function create(body: object) {
  const res = await t.request.post('/v1/tasks').set('Authorization', alice.auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

function complete(id: string) {
  return t.request.post(`/v1/tasks/${id}/complete`).set('Authorization', alice.auth);
}

function reopen(id: string) {
  return t.request.post(`/v1/tasks/${id}/reopen`).set('Authorization', alice.auth);
}

/** The ids of the open tasks listTasks shows with this title. */
async function openTitled(title: string): Promise<string[]> {
  const res = await t.request
    .get(`/v1/tasks?q=${encodeURIComponent(title)}`)
    .set('Authorization', alice.auth);
  return res.body.items.map((task: { id: string }) => task.id);
}

/** The newest journal entries as [operation, entity id]. */
async function latestEntries(limit: number): Promise<[string, string][]> {
  const res = await t.request.get(`/v1/activity?limit=${limit}`).set('Authorization', alice.auth);
  return res.body.items.map((e: { operation: string; entity_id: string }) => [
    e.operation,
    e.entity_id,
  ]);
}

async function successors(id: string): Promise<number> {
  const rows = await t.db('tasks').where({ repeated_from: id }).count({ count: '*' });
  return Number(rows[0]?.count);
}

describe('recurring tasks', () => {
  it('journals the completion and the next occurrence it created, so both can be undone', async () => {
    const task = await create({ title: 'Feed the fish', repeat: 'daily' });
    const done = await complete(task.id);
    const next = done.body.next_occurrence.id;
    const journal = await latestEntries(2);
    expect(journal).toEqual(
      expect.arrayContaining([
        ['complete', task.id],
        ['create', next],
      ]),
    );
    // A second completion adds neither an occurrence nor an entry.
    await complete(task.id);
    expect((await latestEntries(3)).slice(0, 2)).toEqual(journal);
  });

  it('stores the repeat as an RRULE, echoes the words, and starts at the first occurrence', async () => {
    const task = await create({ title: 'Give Luna her pill', repeat: 'daily at 8am' });
    expect(task).toMatchObject({
      repeat: 'daily at 8am',
      repeat_rule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0',
      due_at: '2026-11-23T08:00:00.000+01:00',
      due_date_only: false,
    });
  });

  it('keeps a due date given with the repeat', async () => {
    const task = await create({
      title: 'Water plants',
      repeat: 'every Monday',
      due_date: '2026-11-25',
    });
    expect(task).toMatchObject({
      due_date: '2026-11-25',
      due_date_only: true,
      repeat_rule: 'FREQ=WEEKLY;BYDAY=MO',
    });
  });

  it('completing records the completion and returns the next occurrence, which alone is listed', async () => {
    const task = await create({
      title: 'Brush Max',
      repeat: 'every Monday and Thursday',
      tags: ['max'],
    });
    expect(task.due_date).toBe('2026-11-23');
    const res = await complete(task.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: task.id,
      status: 'done',
      completed_at: '2026-11-22T10:00:00.000+01:00',
    });
    expect(res.body.next_occurrence).toMatchObject({
      title: 'Brush Max',
      status: 'open',
      due_date: '2026-11-26',
      due_date_only: true,
      repeat: 'every Monday and Thursday',
      repeat_rule: 'FREQ=WEEKLY;BYDAY=MO,TH',
    });
    expect(res.body.next_occurrence.id).not.toBe(task.id);

    const open = await t.request.get('/v1/tasks?tag=max').set('Authorization', alice.auth);
    expect(open.body.items.map((item: { id: string }) => item.id)).toEqual([
      res.body.next_occurrence.id,
    ]);
    const all = await t.request
      .get('/v1/tasks?tag=max&status=all')
      .set('Authorization', alice.auth);
    expect(all.body.items).toHaveLength(2);
  });

  it('completing twice, or again after reopening, never makes a second next occurrence', async () => {
    const task = await create({ title: 'Clean litter box', repeat: 'every other day' });
    const first = await complete(task.id);
    const again = await complete(task.id);
    expect(again.status).toBe(200);
    expect(again.body.next_occurrence.id).toBe(first.body.next_occurrence.id);
    await reopen(task.id).expect(200);
    const third = await complete(task.id);
    expect(third.body.next_occurrence.id).toBe(first.body.next_occurrence.id);
    expect(await successors(task.id)).toBe(1);
  });

  it('reopening takes back the next occurrence, and completing again brings it back', async () => {
    const task = await create({ title: 'Comb Bella', repeat: 'every Monday' });
    t.clock.advance(60_000);
    const next = (await complete(task.id)).body.next_occurrence;
    t.clock.advance(60_000);
    const reopened = await reopen(task.id);
    expect(reopened.body).toMatchObject({ id: task.id, status: 'open' });
    expect(await openTitled('Comb Bella')).toEqual([task.id]);
    expect(await latestEntries(2)).toEqual(
      expect.arrayContaining([
        ['reopen', task.id],
        ['delete', next.id],
      ]),
    );

    t.clock.advance(60_000);
    const done = await complete(task.id);
    expect(done.body.next_occurrence).toMatchObject({ id: next.id, due_at: next.due_at });
    expect(await openTitled('Comb Bella')).toEqual([next.id]);
    expect(await successors(task.id)).toBe(1);
  });

  it('reopening leaves a next occurrence the user has changed since', async () => {
    const task = await create({ title: 'Trim Oscar claws', repeat: 'every 2 weeks' });
    const next = (await complete(task.id)).body.next_occurrence;
    t.clock.advance(60_000);
    await t.request
      .patch(`/v1/tasks/${next.id}`)
      .set('Authorization', alice.auth)
      .send({ notes: 'Use the small clippers' })
      .expect(200);
    await reopen(task.id).expect(200);
    expect((await openTitled('Trim Oscar claws')).sort()).toEqual([task.id, next.id].sort());
  });

  it('two completes at once make exactly one next occurrence', async () => {
    for (let round = 0; round < 3; round++) {
      const task = await create({ title: `Feed fish ${round}`, repeat: 'daily' });
      const [a, b] = await Promise.all([complete(task.id), complete(task.id)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body.next_occurrence.id).toBe(b.body.next_occurrence.id);
      expect(await successors(task.id)).toBe(1);
    }
  });

  it('the database itself refuses a second next occurrence', async () => {
    const task = await create({ title: 'Refill water', repeat: 'daily' });
    await complete(task.id).expect(200);
    const row = {
      user_id: alice.id,
      title: 'Refill water',
      created_at: new Date(),
      updated_at: new Date(),
    };
    await expect(t.db('tasks').insert({ ...row, repeated_from: task.id })).rejects.toThrow(
      /unique|duplicate/i,
    );
  });

  it('a one-off task completes without next_occurrence', async () => {
    const task = await create({ title: 'Buy a new collar' });
    const res = await complete(task.id);
    expect(res.body.next_occurrence).toBeUndefined();
  });

  it('updateTask sets a repeat from the current due date, and null clears it', async () => {
    const task = await create({ title: 'Vet check-up', due_date: '2026-12-15' });
    const set = await t.request
      .patch(`/v1/tasks/${task.id}`)
      .set('Authorization', alice.auth)
      .send({ repeat: 'every 3 months' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      due_date: '2026-12-15',
      repeat: 'every 3 months',
      repeat_rule: 'FREQ=MONTHLY;INTERVAL=3',
    });
    const cleared = await t.request
      .patch(`/v1/tasks/${task.id}`)
      .set('Authorization', alice.auth)
      .send({ repeat: null });
    expect(cleared.body).toMatchObject({ due_date: '2026-12-15', repeat: null, repeat_rule: null });
    const done = await complete(task.id);
    expect(done.body.next_occurrence).toBeUndefined();
  });

  it('answers 422 unknown_repeat with examples for a phrase it cannot read', async () => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'Something', repeat: 'now and then' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'unknown_repeat',
      errors: [{ pointer: '/body/repeat' }],
    });
    expect(res.body.hint).toContain('"daily at 8am"');
  });

  it('does not complete or continue a deleted task', async () => {
    const task = await create({ title: 'Old chore', repeat: 'weekly' });
    await t.db('tasks').where({ id: task.id }).update({ deleted_at: new Date() });
    await complete(task.id);
    expect(await successors(task.id)).toBe(0);
  });
});

describe('a repeat with a time of day and a due day', () => {
  it('puts the first occurrence at the rule’s time on that day, keeping the day’s words', async () => {
    const task = await create({
      title: 'Morning walk',
      due_text: 'tomorrow',
      repeat: 'every morning',
    });
    expect(task).toMatchObject({
      due_at: '2026-11-23T08:00:00.000+01:00',
      due_date_only: false,
      due_text: 'tomorrow',
      repeat_rule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0',
    });
  });
});
