import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity } from '../activity/support.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;
let bob: TestUser;
let luna: { id: string };

const MINUTE = 60_000;

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

function post(body: object, user = alice) {
  return t.request.post('/v1/tasks').set('Authorization', user.auth).send(body);
}

async function create(body: object, user = alice) {
  const res = await post(body, user);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; title: string };
}

async function countTitled(title: string, user = alice): Promise<number> {
  const rows = await t.db('tasks').where({ user_id: user.id, title }).whereNull('deleted_at');
  return rows.length;
}

describe('the task duplicate guard', () => {
  it('answers 409 duplicate_suspected for the same open title within 10 minutes, listing it', async () => {
    const first = await create({ title: 'Buy cat food', due_text: 'tomorrow 5pm' });
    t.clock.advance(9 * MINUTE);
    const again = await post({ title: '  buy CAT food ' });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({
      type: 'urn:tend:problem:duplicate_suspected',
      code: 'duplicate_suspected',
      status: 409,
      title: 'Duplicate suspected',
      existing: [{ id: first.id, title: 'Buy cat food', due_text: 'tomorrow 5pm' }],
    });
    expect(again.body.detail).toContain('9 min ago');
    expect(again.body.hint).toMatch(/ask the user/i);
    expect(again.body.hint).toMatch(/confirm_duplicate true/);
    expect(await countTitled('Buy cat food')).toBe(1);
    expect(await countTitled('buy CAT food')).toBe(0);
  });

  it('creates the same title once the first is more than 10 minutes old', async () => {
    await create({ title: 'Water the plants' });
    t.clock.advance(11 * MINUTE);
    await create({ title: 'Water the plants' });
    expect(await countTitled('Water the plants')).toBe(2);
  });

  it('creates the double when the request confirms it', async () => {
    await create({ title: 'Call the vet' });
    const confirmed = await create({ title: 'Call the vet', confirm_duplicate: true });
    expect(confirmed.title).toBe('Call the vet');
    expect(await countTitled('Call the vet')).toBe(2);
  });

  it('compares tasks about the same subject, and tasks about no one with each other', async () => {
    await create({ title: 'Brush', subject: 'Luna' });
    // About someone else (no one) than the first: not a double.
    await create({ title: 'Brush' });
    const byName = await post({ title: 'Brush', subject: 'luna' });
    expect(byName.status).toBe(409);
    expect(byName.body.existing).toMatchObject([{ subject_id: luna.id, subject_name: 'Luna' }]);
    expect(byName.body.detail).toContain('about Luna');
    const byId = await post({ title: 'Brush', subject_id: luna.id });
    expect(byId.status).toBe(409);
    const aboutNoOne = await post({ title: 'brush' });
    expect(aboutNoOne.status).toBe(409);
    expect(aboutNoOne.body.existing).toMatchObject([{ subject_id: null }]);
  });

  it('does not count done or deleted tasks, nor another user’s', async () => {
    const done = await create({ title: 'Take out the bins' });
    await t.request.post(`/v1/tasks/${done.id}/complete`).set('Authorization', alice.auth);
    const deleted = await create({ title: 'Take out the bins' });
    await t.request.delete(`/v1/tasks/${deleted.id}`).set('Authorization', alice.auth);
    await create({ title: 'Take out the bins' });
    await create({ title: 'Take out the bins' }, bob);
    expect(await countTitled('Take out the bins', bob)).toBe(1);
  });

  it('journals nothing for a refused double', async () => {
    await create({ title: 'Order flea drops' });
    const before = await activity(t, alice);
    expect((await post({ title: 'Order flea drops' })).status).toBe(409);
    expect(await activity(t, alice)).toEqual(before);
  });

  it('makes one task of identical creates sent at the same moment', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => post({ title: 'Renew the passport' })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    expect(await countTitled('Renew the passport')).toBe(1);
    const created = answers.find((a) => a.status === 201)?.body.id;
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.body.existing.map((row: { id: string }) => row.id)).toEqual([created]);
    }
  });

  it('lets identical creates at the same moment through when each confirms', async () => {
    const answers = await Promise.all(
      Array.from({ length: 3 }, () => post({ title: 'Pack a bag', confirm_duplicate: true })),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(await countTitled('Pack a bag')).toBe(3);
  });
});
