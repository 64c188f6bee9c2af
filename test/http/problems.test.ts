import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp({
    handlers: {
      // Deliberately broken handlers, to show what a failure looks like from outside.
      async getTask() {
        throw new Error('secret internals: connection string postgres://admin:hunter2@db');
      },
    },
  });
  alice = await t.createUser();
});
afterAll(() => t.close());

function expectProblem(res: { status: number; headers: Record<string, string>; body: unknown }) {
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    type: expect.stringMatching(/^urn:tend:problem:/),
    title: expect.any(String),
    status: res.status,
    code: expect.any(String),
    request_id: res.headers['x-request-id'],
  });
}

describe('bad input gets problem+json', () => {
  it('names an unknown enum value', async () => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'x', priority: 'asap' });
    expect(res.status).toBe(400);
    expectProblem(res);
    expect(res.body.errors).toEqual([
      { pointer: '/body/priority', reason: 'must be one of low, normal, high, urgent' },
    ]);
  });

  it('refuses a property the contract does not know, and read-only ones (R4)', async () => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'x', id: '7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6', user_id: 'someone' });
    expect(res.status).toBe(400);
    expectProblem(res);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/body/id',
      '/body/user_id',
    ]);
  });

  it('names a missing required field', async () => {
    const res = await t.request.post('/v1/tasks').set('Authorization', alice.auth).send({});
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '/body/title', reason: 'is required' }]);
  });

  it('refuses limit=1000 and unknown query parameters', async () => {
    const res = await t.request
      .get('/v1/tasks?limit=1000&colour=red')
      .set('Authorization', alice.auth);
    expect(res.status).toBe(400);
    expectProblem(res);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/query/limit', reason: 'must be <= 100' },
        { pointer: '/query/colour', reason: 'is not a known field' },
      ]),
    );
  });

  it('refuses a malformed id', async () => {
    const res = await t.request.get('/v1/tasks/not-a-uuid').set('Authorization', alice.auth);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '/path/task_id', reason: 'must be a valid uuid' }]);
  });

  it('refuses malformed JSON', async () => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .set('Content-Type', 'application/json')
      .send('{"title": "unterminated');
    expect(res.status).toBe(400);
    expectProblem(res);
    expect(res.body.code).toBe('malformed_json');
  });

  it('refuses a 2 MB body with 413', async () => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'big', notes: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expectProblem(res);
    expect(res.body.code).toBe('payload_too_large');
  });

  it('refuses a body that is not JSON as a missing body', async () => {
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .set('Content-Type', 'text/plain')
      .send('title=x');
    expect(res.status).toBe(400);
    expectProblem(res);
  });

  it('answers an unknown route with 404, inside and outside /v1', async () => {
    for (const path of ['/v1/nothing', '/nothing']) {
      const res = await t.request.get(path);
      expect(res.status).toBe(404);
      expectProblem(res);
    }
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const res = await t.request.put('/v1/tasks').set('Authorization', alice.auth);
    expect(res.status).toBe(405);
    expectProblem(res);
    expect(res.headers.allow).toBe('GET, POST');
  });
});

describe('failures on our side', () => {
  it('answers 500 without internals and logs the cause (R8)', async () => {
    const res = await t.request
      .get('/v1/tasks/7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6')
      .set('Authorization', alice.auth);
    expect(res.status).toBe(500);
    expectProblem(res);
    expect(res.body.code).toBe('internal_error');
    expect(JSON.stringify(res.body)).not.toMatch(/secret|hunter2|stack|Error:/);
    expect(t.rawLogs()).toContain('secret internals');
  });

  it('never sends X-Powered-By and marks API answers no-store', async () => {
    const res = await t.request.get('/v1/tasks').set('Authorization', alice.auth);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
