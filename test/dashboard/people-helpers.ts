import { expect } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import type { Db } from '../../src/db/connect.ts';
import { type Browser, csrfTokenOf } from '../support/browser.ts';

/** An API key for a person who signed up through the pages, to read their data as a client would. */
export async function apiKeyFor(db: Db, email: string): Promise<string> {
  const user = await db('users').where({ email }).first();
  const { key } = await createApiKey(db, {
    userId: user.id,
    name: 'test',
    scopes: ['records:read', 'records:write', 'tasks:read', 'tasks:write'],
    now: new Date(),
  });
  return `Bearer ${key}`;
}

/** Posts a form as the browser would, with the CSRF token of the page it sits on. */
export async function postForm(
  b: Browser,
  formPage: string,
  action: string,
  fields: Record<string, string>,
) {
  const page = await b.get(formPage);
  return b
    .post(action)
    .type('form')
    .send({ csrf_token: csrfTokenOf(page.text), ...fields });
}

/** Adds a person or pet through /people/new; answers its id. */
export async function addSubject(b: Browser, fields: Record<string, string>): Promise<string> {
  const res = await postForm(b, '/people/new', '/people', fields);
  expect(res.status, res.text).toBe(303);
  return (res.headers.location as string).replace('/people/', '');
}

/** Adds a record through the subject's add form. */
export async function addRecord(b: Browser, subjectId: string, fields: Record<string, string>) {
  return postForm(b, `/people/${subjectId}/records/new`, `/people/${subjectId}/records`, fields);
}
