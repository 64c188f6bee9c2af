import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;
let luna: { id: string };
let max: { id: string };

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
  luna = await createSubject({ name: 'Luna', species: 'cat' });
  max = await createSubject({ name: 'Max', species: 'dog' });
  await createSubject({ name: 'Maxine', species: 'cat' });
});
afterAll(() => t.close());

async function createSubject(body: object, user = alice) {
  const res = await t.request.post('/v1/subjects').set('Authorization', user.auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

async function createTask(body: object, user = alice) {
  // Undated tasks list in creation order; each gets its own instant.
  t.clock.advance(1);
  const res = await t.request.post('/v1/tasks').set('Authorization', user.auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; title: string; subject_id: string | null };
}

async function titles(query: string, user = alice) {
  const res = await t.request.get(`/v1/tasks?${query}`).set('Authorization', user.auth);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.map((i: { title: string }) => i.title);
}

describe('tasks about someone', () => {
  beforeAll(async () => {
    await createTask({ title: 'Buy cat food', subject: 'luna' });
    await createTask({ title: 'Walk', subject_id: max.id });
    await createTask({ title: 'Dentist', subject: 'me' });
    await createTask({ title: 'Call the bank' });
  });

  it('names the subject by name or id and says who it is', async () => {
    const task = await createTask({ title: 'Brush', subject: 'LUNA' });
    expect(task).toMatchObject({ subject_id: luna.id, subject_name: 'Luna' });
    const read = await t.request.get(`/v1/tasks/${task.id}`).set('Authorization', alice.auth);
    expect(read.body).toMatchObject({ subject_id: luna.id, subject_name: 'Luna' });
    const listed = await t.request.get('/v1/tasks?subject=Luna').set('Authorization', alice.auth);
    expect(listed.body.items[0]).toMatchObject({ subject_name: 'Luna' });
  });

  it('has no subject unless one is named', async () => {
    const task = await createTask({ title: 'Taxes' });
    expect(task).toMatchObject({ subject_id: null, subject_name: null });
  });

  it('filters the list by a subject name or id', async () => {
    expect(await titles('subject=luna')).toEqual(['Buy cat food', 'Brush']);
    expect(await titles(`subject=${max.id}`)).toEqual(['Walk']);
    expect(await titles('subject=me')).toEqual(['Dentist']);
  });

  it('answers 409 ambiguous_subject or 404 unknown_subject for a name that fits several or none', async () => {
    const several = await t.request.get('/v1/tasks?subject=Maxi').set('Authorization', alice.auth);
    expect(several.status).toBe(409);
    expect(several.body).toMatchObject({
      code: 'ambiguous_subject',
      errors: [{ pointer: '/query/subject' }],
    });
    const none = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'Vet', subject: 'Oscar' });
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({
      code: 'unknown_subject',
      errors: [{ pointer: '/body/subject' }],
    });
    expect(none.body.candidates.length).toBe(4);
  });

  it('moves a task to another subject, or to no one with null', async () => {
    const task = await createTask({ title: 'Flea drops', subject: 'Max' });
    const moved = await t.request
      .patch(`/v1/tasks/${task.id}`)
      .set('Authorization', alice.auth)
      .send({ subject: 'Luna' });
    expect(moved.body).toMatchObject({ subject_id: luna.id, subject_name: 'Luna' });
    const renamed = await t.request
      .patch(`/v1/tasks/${task.id}`)
      .set('Authorization', alice.auth)
      .send({ title: 'Flea drops for Luna' });
    expect(renamed.body).toMatchObject({ subject_id: luna.id });
    const cleared = await t.request
      .patch(`/v1/tasks/${task.id}`)
      .set('Authorization', alice.auth)
      .send({ subject_id: null });
    expect(cleared.body).toMatchObject({ subject_id: null, subject_name: null });
  });
});

describe('another user’s subject on tasks', () => {
  let mallory: TestUser;
  beforeAll(async () => {
    mallory = await t.createUser();
  });

  it('is a 404 when creating, moving or filtering with its id', async () => {
    const create = await t.request
      .post('/v1/tasks')
      .set('Authorization', mallory.auth)
      .send({ title: 'x', subject_id: luna.id });
    expect(create.status).toBe(404);
    const own = await createTask({ title: 'mine' }, mallory);
    const move = await t.request
      .patch(`/v1/tasks/${own.id}`)
      .set('Authorization', mallory.auth)
      .send({ subject_id: luna.id });
    expect(move.status).toBe(404);
    const filter = await t.request
      .get(`/v1/tasks?subject=${luna.id}`)
      .set('Authorization', mallory.auth);
    expect(filter.status).toBe(404);
  });

  it('is never matched by name', async () => {
    const res = await t.request.get('/v1/tasks?subject=Luna').set('Authorization', mallory.auth);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('unknown_subject');
    expect(res.body.candidates.map((c: { name: string }) => c.name)).not.toContain('Luna');
  });
});
