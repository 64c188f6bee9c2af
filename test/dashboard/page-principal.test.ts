import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal.ts';
import { pagePrincipal, webPrincipal } from '../../src/auth/session-check.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.createUser();
});
afterAll(() => t.close());

/** An operation run as a page runs it: server-side, with the principal the page built. */
function runAs(principal: Principal, method: string, path: string, body?: unknown) {
  return t.contract.handle(
    { method, path, query: {}, headers: { 'content-type': 'application/json' }, body },
    { requestId: 'test', log: undefined as never, bearer: undefined, actingPrincipal: principal },
  );
}

describe('operations run by Tend’s own pages (R13)', () => {
  const session = () => ({ userId: alice.id, idHash: 'page-test' });

  it('R13: a data page acts as its person with every scope, on operations without the session scheme', async () => {
    const page = await pagePrincipal(t.db, session());
    const created = await runAs(page, 'POST', '/v1/tasks', { title: 'From a page' });
    expect(created.status).toBe(201);
    const list = await runAs(page, 'GET', '/v1/activity');
    expect(list.status).toBe(200);
    expect((list.body as { items: { actor: string }[] }).items[0]?.actor).toBe('web');
  });

  it('R6: an account page’s principal, with the account scope alone, reaches no data operation', async () => {
    const account = await webPrincipal(t.db, session());
    const refused = await runAs(account, 'GET', '/v1/activity');
    expect(refused.status).toBe(403);
    expect((await runAs(account, 'GET', '/v1/account')).status).toBe(200);
  });
});
