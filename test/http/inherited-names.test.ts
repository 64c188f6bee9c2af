import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

// Words every JavaScript object answers to. Typed into a field that Tend looks up in a
// table of known words, each must read as an unknown word, never as a match.
const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

let t: TestApp;
let user: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  user = await t.createUser();
});
afterAll(() => t.close());

function post(path: string, body: object) {
  return t.request.post(path).set('Authorization', user.auth).send(body);
}

describe.each(INHERITED)('"%s" typed by a person', (word) => {
  it('is an unknown species, not a match', async () => {
    const res = await post('/v1/subjects', { name: `Pet ${word}`, species: word });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('unknown_species');
  });

  it('is an age Tend cannot read', async () => {
    const res = await post('/v1/subjects', { name: `Age ${word}`, kind: 'pet', age_text: word });
    expect(res.status).toBe(422);
  });

  it('is a record type of "other", echoed as typed', async () => {
    const res = await post('/v1/records', { type: word, title: `Type ${word}` });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type: 'other', type_text: word });
  });

  it('is a measurement name of its own, and a unit kept as typed', async () => {
    const res = await post('/v1/records', {
      type: 'measurement',
      metric: word,
      value: INHERITED.indexOf(word) + 1,
      unit: word,
      title: `Metric ${word}`,
    });
    expect(res.status).toBe(201);
    expect(res.body.metric).toBe(word.toLowerCase());
  });

  it('is a weight unit Tend does not know', async () => {
    const res = await post('/v1/records', { type: 'weight', value_text: `4 ${word}` });
    expect(res.status).toBe(422);
  });

  it('is a next due date Tend cannot read', async () => {
    const res = await post('/v1/records', {
      type: 'vaccination',
      title: `Shot ${word}`,
      next_due_text: word,
    });
    expect(res.status).toBe(422);
  });

  it('is a repeat Tend cannot read', async () => {
    const res = await post('/v1/tasks', { title: `Chore ${word}`, repeat: word });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('unknown_repeat');
  });

  it('is shown as nothing on the pages that take a message name', async () => {
    for (const path of [
      `/signin?error=${word}`,
      `/signin?notice=${word}`,
      `/signup?error=${word}`,
    ]) {
      const res = await t.request.get(path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).not.toMatch(/function|native code|\[object/);
    }
  });
});
