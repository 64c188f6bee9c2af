import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
});
afterAll(() => t.close());

async function create(body: object) {
  const res = await t.request.post('/v1/tasks').set('Authorization', alice.auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('task lifecycle', () => {
  it('creates a task with defaults and a Location header', async () => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: '  Buy cat food ', tags: ['Errands', 'errands', 'Luna'] });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`${PUBLIC_URL}/v1/tasks/${res.body.id}`);
    expect(res.body).toMatchObject({
      title: 'Buy cat food',
      notes: null,
      status: 'open',
      priority: 'normal',
      tags: ['errands', 'luna'],
      due_at: null,
      due_date: null,
      due_date_only: false,
      due_text: null,
      overdue: false,
      completed_at: null,
      created_at: '2026-11-22T10:00:00.000+01:00',
    });
  });

  it('reads a task back whole', async () => {
    const created = await create({ title: 'Long notes', notes: 'n'.repeat(1000) });
    const res = await t.request.get(`/v1/tasks/${created.id}`).set('Authorization', alice.auth);
    expect(res.status).toBe(200);
    expect(res.body.notes).toHaveLength(1000);
    expect(res.body.notes_truncated).toBeUndefined();
  });

  it('changes only the fields a PATCH gives, and null clears', async () => {
    const created = await create({
      title: 'Vet visit',
      notes: 'Bring the vaccination card',
      due_date: '2026-12-01',
      priority: 'high',
      tags: ['luna'],
    });
    t.clock.advance(60_000);
    const renamed = await t.request
      .patch(`/v1/tasks/${created.id}`)
      .set('Authorization', alice.auth)
      .send({ title: 'Vet visit with Luna' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      title: 'Vet visit with Luna',
      notes: 'Bring the vaccination card',
      due_date: '2026-12-01',
      due_date_only: true,
      priority: 'high',
      tags: ['luna'],
      updated_at: '2026-11-22T10:01:00.000+01:00',
    });

    const cleared = await t.request
      .patch(`/v1/tasks/${created.id}`)
      .set('Authorization', alice.auth)
      .send({ notes: null, due_date: null, tags: [] });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({
      title: 'Vet visit with Luna',
      notes: null,
      due_at: null,
      due_date: null,
      due_date_only: false,
      due_text: null,
      priority: 'high',
      tags: [],
    });

    const rescheduled = await t.request
      .patch(`/v1/tasks/${created.id}`)
      .set('Authorization', alice.auth)
      .send({ due_text: 'friday 9am' });
    expect(rescheduled.body).toMatchObject({
      due_at: '2026-11-27T09:00:00.000+01:00',
      due_date_only: false,
      due_text: 'friday 9am',
    });
  });

  it('completes and reopens idempotently', async () => {
    const created = await create({ title: 'Water plants' });
    t.clock.advance(1000);
    const done = await t.request
      .post(`/v1/tasks/${created.id}/complete`)
      .set('Authorization', alice.auth);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('done');
    const completedAt = done.body.completed_at;
    expect(completedAt).toBeTruthy();

    t.clock.advance(5000);
    const again = await t.request
      .post(`/v1/tasks/${created.id}/complete`)
      .set('Authorization', alice.auth);
    expect(again.status).toBe(200);
    expect(again.body.completed_at).toBe(completedAt);
    expect(again.body.updated_at).toBe(done.body.updated_at);

    const reopened = await t.request
      .post(`/v1/tasks/${created.id}/reopen`)
      .set('Authorization', alice.auth);
    expect(reopened.body).toMatchObject({ status: 'open', completed_at: null });
    const reopenedAgain = await t.request
      .post(`/v1/tasks/${created.id}/reopen`)
      .set('Authorization', alice.auth);
    expect(reopenedAgain.body).toEqual(reopened.body);
  });

  it('deletes a task, then answers 404 for it', async () => {
    const created = await create({ title: 'Old idea' });
    const del = await t.request.delete(`/v1/tasks/${created.id}`).set('Authorization', alice.auth);
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    const get = await t.request.get(`/v1/tasks/${created.id}`).set('Authorization', alice.auth);
    expect(get.status).toBe(404);
    expect(get.body.code).toBe('not_found');
    const delAgain = await t.request
      .delete(`/v1/tasks/${created.id}`)
      .set('Authorization', alice.auth);
    expect(delAgain.status).toBe(404);
  });

  it('refuses two due fields at once with conflicting_inputs', async () => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'Both', due_text: 'tomorrow', due_date: '2026-12-01' });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('conflicting_inputs');
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/body/due_text',
      '/body/due_date',
    ]);
  });

  it('answers 422 unparseable_date with a hint for words that are no date', async () => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'Someday', due_text: 'whenever I feel like it' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'unparseable_date',
      errors: [{ pointer: '/body/due_text' }],
    });
    expect(res.body.hint).toMatch(/ask the user/i);
  });

  it.each([
    [{ due_date: '0001-01-01' }, '/body/due_date'],
    [{ due_at: '9999-12-31T23:59:59Z' }, '/body/due_at'],
    [{ due_text: 'in 10000 years' }, '/body/due_text'],
  ])('refuses a due date outside 1900–2999: %j', async (due, pointer) => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'Far off', ...due });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'date_out_of_range', errors: [{ pointer }] });
  });

  it('refuses a tag that grows past 40 characters when lowered', async () => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'Tags', tags: ['ok', 'İ'.repeat(40)] });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { pointer: '/body/tags/1', reason: 'is longer than 40 characters in lower case' },
    ]);
  });
});
