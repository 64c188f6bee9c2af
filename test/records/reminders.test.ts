import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUpcomingDue } from '../../src/records/upcoming-due.ts';
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

function post(body: object) {
  return t.request.post('/v1/records').set('Authorization', alice.auth).send(body);
}

describe('createRecord with create_reminder', () => {
  it('adds a task due on the next due date, about the subject, and returns it', async () => {
    const res = await post({
      subject: 'Luna',
      type: 'vaccination',
      title: 'Rabies booster',
      when: 'today',
      next_due_text: 'in 1 year',
      create_reminder: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ next_due: '2027-11-22', subject_name: 'Luna' });
    expect(res.body.reminder_task).toMatchObject({
      title: 'Luna: Rabies booster',
      status: 'open',
      due_date: '2027-11-22',
      due_date_only: true,
      subject_id: luna.id,
      subject_name: 'Luna',
      repeat: null,
    });
    const task = await t.request
      .get(`/v1/tasks/${res.body.reminder_task.id}`)
      .set('Authorization', alice.auth);
    expect(task.status).toBe(200);
    expect(task.body.due_at).toBe('2027-11-22T00:00:00.000+01:00');
  });

  it('adds no task, and no reminder_task, unless asked', async () => {
    const res = await post({
      subject: 'Max',
      type: 'medication',
      title: 'Dewormer',
      next_due: '2027-02-01',
    });
    expect(res.status).toBe(201);
    expect(res.body.reminder_task).toBeUndefined();
    const tasks = await t.request
      .get(`/v1/tasks?subject=${max.id}`)
      .set('Authorization', alice.auth);
    expect(tasks.body.items).toEqual([]);
  });

  it('answers 422 next_due_required without a next due date, and stores nothing', async () => {
    const res = await post({
      subject: 'Max',
      type: 'vaccination',
      title: 'Lepto',
      create_reminder: true,
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'next_due_required',
      errors: [{ pointer: '/body/next_due_text' }],
    });
    expect(res.body.hint).toMatch(/next_due_text/);
    const records = await t.request
      .get(`/v1/records?subject_id=${max.id}&type=vaccination`)
      .set('Authorization', alice.auth);
    expect(records.body.items).toEqual([]);
  });

  it('answers 422 reminder_not_applicable for a record that has no next dose', async () => {
    const res = await post({
      subject: 'Max',
      type: 'weight',
      value_text: '30 kg',
      create_reminder: true,
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('reminder_not_applicable');
  });
});

describe('upcoming next due dates (for the overview and the calendar feed)', () => {
  it('lists the latest record of each kind, soonest first, leaving out those with a reminder or deleted', async () => {
    const create = async (body: object) => {
      const res = await post({ confirm_duplicate: true, ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body as { id: string };
    };
    const bob = (await createSubject({ name: 'Bob', species: 'rabbit' })).id;
    await create({
      subject_id: bob,
      type: 'vaccination',
      title: 'RHD',
      when: '2025-06-01',
      next_due: '2026-06-01',
    });
    const latest = await create({
      subject_id: bob,
      type: 'vaccination',
      title: 'RHD',
      when: '2026-06-01',
      next_due: '2027-06-01',
    });
    const pill = await create({
      subject_id: bob,
      type: 'medication',
      title: 'Pain relief',
      next_due: '2026-11-29',
    });
    const gone = await create({
      subject_id: bob,
      type: 'medication',
      title: 'Ear drops',
      next_due: '2026-11-30',
    });
    await t.db('records').where({ id: gone.id }).update({ deleted_at: new Date() });
    const reminded = await create({
      subject_id: bob,
      type: 'vaccination',
      title: 'Myxo',
      next_due: '2027-01-10',
      create_reminder: true,
    });

    const upcoming = await listUpcomingDue(t.db, alice.id, { fromDate: '2026-11-22', limit: 50 });
    const bobs = upcoming.filter((item) => item.subject_id === bob);
    expect(bobs.map((item) => [item.record_id, item.title, item.next_due])).toEqual([
      [pill.id, 'Pain relief', '2026-11-29'],
      [latest.id, 'RHD', '2027-06-01'],
    ]);
    expect(bobs.some((item) => item.record_id === reminded.id)).toBe(false);
  });
});
