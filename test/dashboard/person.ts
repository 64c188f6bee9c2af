import { createApiKey } from '../../src/auth/api-keys.ts';
import type { TestApp } from '../support/app.ts';
import { type Browser, csrfTokenOf, signUpAs } from '../support/browser.ts';

// biome-ignore lint/suspicious/noExplicitAny: a response body, read by the assertions
type Body = any;

/** Someone signed up through the pages, with an API key to set up and check their data. */
export interface Person {
  b: Browser;
  api(
    method: 'get' | 'post' | 'patch' | 'delete',
    path: string,
    body?: object,
  ): Promise<{ status: number; body: Body }>;
  /** The CSRF token of a page of theirs, for a form the test posts. */
  csrf(path?: string): Promise<string>;
}

export async function signUpPerson(t: TestApp, email: string): Promise<Person> {
  const b = await signUpAs(t.app, email);
  const user = await t.db('users').where({ email }).first();
  const { key } = await createApiKey(t.db, {
    userId: user.id,
    name: 'test',
    scopes: ['tasks:read', 'tasks:write', 'records:read', 'records:write'],
    now: t.clock.now(),
  });
  return {
    b,
    async api(method, path, body) {
      const req = t.request[method](`/v1${path}`).set('Authorization', `Bearer ${key}`);
      const res = body ? await req.send(body) : await req;
      return { status: res.status, body: res.body };
    },
    async csrf(path = '/tasks') {
      return csrfTokenOf((await b.get(path)).text);
    },
  };
}
