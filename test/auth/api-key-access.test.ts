import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;
let bob: TestUser;
let aliceTask: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.createUser();
  bob = await t.createUser();
  const res = await t.request
    .post('/v1/tasks')
    .set('Authorization', alice.auth)
    .send({ title: 'Alice only' });
  aliceTask = res.body;
});
afterAll(() => t.close());

const RESOURCE_METADATA = `resource_metadata="${PUBLIC_URL}/.well-known/oauth-protected-resource"`;

describe('authentication with API keys', () => {
  it('answers 401 with a Bearer challenge when no token is sent', async () => {
    const res = await t.request.get('/v1/tasks');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe(`Bearer ${RESOURCE_METADATA}`);
    expect(res.body).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('answers 401 invalid_token for an unknown key', async () => {
    const res = await t.request.get('/v1/tasks').set('Authorization', 'Bearer tend_nope');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe(
      `Bearer error="invalid_token", ${RESOURCE_METADATA}`,
    );
  });

  it('ignores a token in the query string (R1)', async () => {
    const res = await t.request.get(`/v1/tasks?access_token=${alice.key}`);
    expect(res.status).toBe(401);
  });

  it('accepts only the Bearer scheme', async () => {
    const res = await t.request.get('/v1/tasks').set('Authorization', `Basic ${alice.key}`);
    expect(res.status).toBe(401);
  });

  it('checks authentication before validating input', async () => {
    const res = await t.request.get('/v1/tasks?limit=1000');
    expect(res.status).toBe(401);
  });

  it('answers 403 insufficient_scope for a key without the operation’s scope', async () => {
    const reader = await t.createUser({ scopes: ['tasks:read'] });
    const listed = await t.request.get('/v1/tasks').set('Authorization', reader.auth);
    expect(listed.status).toBe(200);
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', reader.auth)
      .send({ title: 'Not allowed' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('insufficient_scope');
    expect(res.headers['www-authenticate']).toBe(
      'Bearer error="insufficient_scope", scope="tasks:write"',
    );
  });

  it('stops accepting a revoked key within 30 seconds', async () => {
    const carol = await t.createUser();
    expect((await t.request.get('/v1/tasks').set('Authorization', carol.auth)).status).toBe(200);
    await t.db('api_keys').where({ user_id: carol.id }).update({ revoked_at: t.clock.now() });
    t.clock.advance(30_001);
    expect((await t.request.get('/v1/tasks').set('Authorization', carol.auth)).status).toBe(401);
  });

  it('records when a key was last used', async () => {
    const dave = await t.createUser();
    await t.request.get('/v1/tasks').set('Authorization', dave.auth);
    await expect
      .poll(async () => (await t.db('api_keys').where({ user_id: dave.id }).first()).last_used_at)
      .toEqual(t.clock.now());
  });
});

describe('another user’s task', () => {
  const calls = [
    ['getTask', (id: string) => t.request.get(`/v1/tasks/${id}`)],
    ['updateTask', (id: string) => t.request.patch(`/v1/tasks/${id}`).send({ title: 'Mine now' })],
    ['completeTask', (id: string) => t.request.post(`/v1/tasks/${id}/complete`)],
    ['reopenTask', (id: string) => t.request.post(`/v1/tasks/${id}/reopen`)],
    ['deleteTask', (id: string) => t.request.delete(`/v1/tasks/${id}`)],
  ] as const;

  it.each(calls)('is a 404 for %s', async (_name, call) => {
    const res = await call(aliceTask.id).set('Authorization', bob.auth);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it('is left untouched and never listed for the other user', async () => {
    const mine = await t.request.get(`/v1/tasks/${aliceTask.id}`).set('Authorization', alice.auth);
    expect(mine.body).toMatchObject({ title: 'Alice only', status: 'open' });
    const bobs = await t.request.get('/v1/tasks?status=all').set('Authorization', bob.auth);
    expect(bobs.body.items.map((i: { id: string }) => i.id)).not.toContain(aliceTask.id);
  });
});
