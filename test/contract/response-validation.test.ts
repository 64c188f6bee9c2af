import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerResult } from '../../src/contract/handler-types.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp({
    handlers: {
      // A handler that breaks the contract: an extra property and a wrong type.
      async listTasks() {
        return {
          status: 200,
          body: { items: [], next_cursor: null, total: 3 },
        } as unknown as HandlerResult<'listTasks'>;
      },
      async getTask() {
        return { status: 200, body: { id: 'not-a-task' } } as unknown as HandlerResult<'getTask'>;
      },
    },
  });
  alice = await t.createUser();
});
afterAll(() => t.close());

describe('response validation', () => {
  it('turns a body with an undeclared property into a logged 500', async () => {
    const res = await t.request.get('/v1/tasks').set('Authorization', alice.auth);
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('response_invalid');
    const line = t.logs.find((l) => l.msg === 'response breaks the contract');
    expect(line).toMatchObject({ operation: 'listTasks', status: 200 });
    expect(JSON.stringify(line?.violations)).toContain('additionalProperty');
  });

  it('turns a body missing required properties into a logged 500', async () => {
    const res = await t.request
      .get('/v1/tasks/7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6')
      .set('Authorization', alice.auth);
    expect(res.status).toBe(500);
    expect(t.logs.filter((l) => l.msg === 'response breaks the contract')).toHaveLength(2);
  });
});
