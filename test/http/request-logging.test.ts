import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.createUser();
});
afterAll(() => t.close());

describe('request log', () => {
  it('writes one line per request with id, operation, status, latency and user', async () => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .set('Cookie', 'session=cookie-secret-value')
      .send({ title: 'Logged' });
    const requestId = res.headers['x-request-id'];
    const lines = t.logs.filter((l) => l.request_id === requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      method: 'POST',
      path: '/v1/tasks',
      operation: 'createTask',
      status: 201,
      user_id: alice.id,
      latency_ms: expect.any(Number),
    });
  });

  it('keeps a sane X-Request-Id from the caller and replaces anything else', async () => {
    const kept = await t.request.get('/healthz').set('X-Request-Id', 'trace-abc.123');
    expect(kept.headers['x-request-id']).toBe('trace-abc.123');
    const replaced = await t.request.get('/healthz').set('X-Request-Id', 'bad id\twith spaces');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never writes authorization headers, cookies or keys (R11)', async () => {
    await t.request.get('/v1/tasks').set('Authorization', alice.auth);
    await t.request.get('/v1/tasks').set('Authorization', 'Bearer tend_wrong-key-value');
    await t.request.get(`/v1/tasks?access_token=${alice.key}`);
    const raw = t.rawLogs();
    expect(raw.length).toBeGreaterThan(0);
    for (const secret of [alice.key, 'tend_wrong-key-value', 'cookie-secret-value', 'Bearer']) {
      expect(raw).not.toContain(secret);
    }
  });
});
