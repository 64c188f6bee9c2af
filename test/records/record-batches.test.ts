import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, undo } from '../activity/support.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;
let luna: { id: string };
let max: { id: string };

// Sunday 2026-11-22, 10:00 in Berlin.
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
  luna = await createSubject({ name: 'Luna', species: 'cat' });
  max = await createSubject({ name: 'Max', species: 'dog' });
});
afterAll(() => t.close());

async function createSubject(body: object) {
  const res = await t.request.post('/v1/subjects').set('Authorization', alice.auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

interface Result {
  index: number;
  status: number;
  record?: Record<string, unknown> & { id: string };
  reminder_task_id?: string;
  problem?: { code: string; errors?: { pointer: string }[]; existing?: { id: string }[] };
}

function createRecords(items: object[]) {
  return t.request.post('/v1/records/batch').set('Authorization', alice.auth).send({ items });
}

async function created(
  items: object[],
): Promise<{ results: Result[]; succeeded: number; failed: number }> {
  const res = await createRecords(items);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function recordsOf(subjectId: string) {
  return t
    .db('records')
    .where({ user_id: alice.id, subject_id: subjectId })
    .whereNull('deleted_at');
}

describe('createRecords', () => {
  it('logs three weights in one call, each normalized as createRecord does', async () => {
    const batch = await created([
      { subject: 'luna', type: 'weighed', value_text: '9 lbs 4 oz', when: 'yesterday evening' },
      { subject_id: max.id, type: 'weight', value: 31, unit: 'lb', when: 'yesterday' },
      { subject: 'me', type: 'weight', value_text: '72,5 kg' },
    ]);
    expect(batch).toMatchObject({ succeeded: 3, failed: 0 });
    expect(batch.results.map((r) => [r.index, r.status])).toEqual([
      [0, 201],
      [1, 201],
      [2, 201],
    ]);
    expect(batch.results[0]?.record).toMatchObject({
      subject_id: luna.id,
      subject_name: 'Luna',
      type: 'weight',
      value: 4.196,
      unit: 'kg',
      occurred_at: '2026-11-21T20:00:00.000+01:00',
    });
    expect(batch.results[1]?.record).toMatchObject({
      subject_name: 'Max',
      value: 14.061,
      unit: 'kg',
    });
    expect(batch.results[2]?.record).toMatchObject({ value: 72.5, unit: 'kg' });
    const stored = await t.request
      .get(`/v1/records/${batch.results[0]?.record?.id}`)
      .set('Authorization', alice.auth);
    expect(stored.body).toMatchObject({ value: 4.196, value_text: '9 lbs 4 oz' });
  });

  it('stores the good items of a batch with one bad item, and names the bad one’s field', async () => {
    const before = (await recordsOf(max.id)).length;
    const batch = await created([
      { subject: 'Max', type: 'symptom', title: 'Limping' },
      { subject: 'Max', type: 'weight' },
      { subject: 'Max', type: 'note', title: 'Likes the new bed' },
    ]);
    expect(batch.results.map((r) => r.status)).toEqual([201, 422, 201]);
    expect(batch.results[1]?.problem).toMatchObject({
      code: 'value_required',
      errors: [{ pointer: '/body/items/1/value_text' }],
    });
    expect((await recordsOf(max.id)).length).toBe(before + 2);
  });

  it('refuses 51 items whole with a 400 naming the items', async () => {
    const items = Array.from({ length: 51 }, (_, i) => ({ type: 'note', title: `Note ${i}` }));
    const res = await createRecords(items);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/body/items');
    expect(await t.db('records').where({ title: 'Note 0' })).toHaveLength(0);
  });

  it('answers doubles within the batch and of stored records with duplicate_suspected', async () => {
    const stored = await t.request
      .post('/v1/records')
      .set('Authorization', alice.auth)
      .send({ subject: 'Luna', type: 'symptom', title: 'Sneezing', when: 'this morning' });
    expect(stored.status).toBe(201);
    const batch = await created([
      { subject: 'Luna', type: 'symptom', title: 'sneezing', when: 'today' },
      { subject: 'Luna', type: 'vaccination', title: 'Rabies', when: 'today' },
      { subject: 'Luna', type: 'vaccination', title: 'Rabies', when: 'today' },
      { subject: 'Luna', type: 'vaccination', title: 'Rabies', confirm_duplicate: true },
    ]);
    expect(batch.results.map((r) => r.status)).toEqual([409, 201, 409, 201]);
    expect(batch.results[0]?.problem).toMatchObject({
      code: 'duplicate_suspected',
      existing: [{ id: stored.body.id }],
    });
    expect(batch.results[2]?.problem?.existing).toMatchObject([
      { id: batch.results[1]?.record?.id },
    ]);
  });

  it('journals each record, and its reminder, on its own, so one can be undone alone', async () => {
    const batch = await created([
      {
        subject: 'Max',
        type: 'vaccination',
        title: 'Leptospirosis',
        next_due_text: 'in 1 year',
        create_reminder: true,
      },
      { subject: 'Max', type: 'medication', title: 'Milbemax' },
    ]);
    const [lepto, milbemax] = batch.results.map((r) => r.record) as [
      NonNullable<Result['record']>,
      NonNullable<Result['record']>,
    ];
    expect(lepto.next_due).toBe('2027-11-22');
    const reminder = batch.results[0]?.reminder_task_id as string;
    expect(batch.results[1]?.reminder_task_id).toBeUndefined();
    const task = await t.request.get(`/v1/tasks/${reminder}`).set('Authorization', alice.auth);
    expect(task.body).toMatchObject({ due_date: '2027-11-22', subject_id: max.id });
    const ids = [lepto.id, milbemax.id, reminder];
    const entries = (await activity(t, alice)).filter((e) => ids.includes(e.entity_id));
    expect(entries.map((e) => `${e.operation} ${e.entity} ${e.entity_id}`).sort()).toEqual(
      [
        `create record ${lepto.id}`,
        `create record ${milbemax.id}`,
        `create task ${reminder}`,
      ].sort(),
    );
    const milbemaxEntry = entries.find((e) => e.entity_id === milbemax.id);
    expect((await undo(t, alice, milbemaxEntry?.id as string)).status).toBe(200);
    const gone = await t.request.get(`/v1/records/${milbemax.id}`).set('Authorization', alice.auth);
    expect(gone.status).toBe(404);
    const kept = await t.request.get(`/v1/records/${lepto.id}`).set('Authorization', alice.auth);
    expect(kept.status).toBe(200);
  });

  it('answers 50 of the largest items far below 100,000 characters', async () => {
    const items = Array.from({ length: 50 }, (_, i) => ({
      subject: 'Luna',
      type: 'vaccination',
      title: `${i} ${'v'.repeat(190)}`,
      details: 'd'.repeat(10_000),
      tags: Array.from({ length: 10 }, (_, j) => `${j}${'x'.repeat(39)}`),
      when: 'yesterday',
      next_due_text: 'in 1 year',
      create_reminder: true,
    }));
    const res = await createRecords(items);
    expect(res.status).toBe(200);
    expect(res.body.succeeded).toBe(50);
    const again = await createRecords(items);
    expect(again.body.failed).toBe(50);
    expect(res.text.length).toBeLessThan(100_000);
    expect(again.text.length).toBeLessThan(100_000);
  });
});
