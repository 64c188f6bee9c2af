import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import type { Db } from '../../src/db/connect.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type Browser, csrfTokenOf, formBodyOf, PASSWORD, signUpAs } from '../support/browser.ts';
import { authorizeAndAllow, basic, CHATGPT_CALLBACK } from '../support/oauth.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Every table with a column naming its owner, as the schema stands (other tables come). */
async function ownedTables(db: Db): Promise<{ table: string; column: string }[]> {
  const rows = await db('information_schema.columns')
    .where({ table_schema: db.raw('current_schema()') })
    .whereIn('column_name', ['user_id', 'owner_id'])
    .select('table_name', 'column_name');
  return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}

async function rowsOwnedBy(db: Db, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, column } of await ownedTables(db)) {
    const [row] = await db(table).where(column, userId).count({ n: '*' });
    counts[`${table}.${column}`] = Number(row?.n);
  }
  const grants = db('oauth_grants').select('id').where({ user_id: userId });
  for (const table of ['oauth_codes', 'oauth_refresh_tokens']) {
    const [row] = await db(table).whereIn('grant_id', grants).count({ n: '*' });
    counts[table] = Number(row?.n);
  }
  return counts;
}

/** A person with some of everything: records, tasks, keys, a connected app, a client. */
async function personWithData(email: string): Promise<{ b: Browser; userId: string }> {
  const b = await signUpAs(t.app, email);
  const { id: userId } = await t.db('users').where({ email }).first('id');
  const { key } = await createApiKey(t.db, {
    userId,
    name: 'script',
    scopes: ['tasks:read', 'tasks:write', 'records:read', 'records:write'],
    now: t.clock.now(),
  });
  const api = (path: string, body: object) =>
    t.request
      .post(path)
      .set('Authorization', `Bearer ${key}`)
      .set('Idempotency-Key', `${email}${path}`)
      .send(body);
  const pet = await api('/v1/subjects', { name: 'Luna', species: 'cat' });
  expect(pet.status).toBe(201);
  expect((await api('/v1/records', { subject_id: pet.body.id, type: 'note' })).status).toBe(201);
  expect((await api('/v1/tasks', { title: 'Vet visit', subject_id: pet.body.id })).status).toBe(
    201,
  );

  const home = await b.get('/account/connections');
  const connect = await b
    .post('/account/chatgpt')
    .type('form')
    .send(formBodyOf(home.text, '/account/chatgpt'));
  const shown = await b.get(connect.headers.location as string);
  const cell = (label: string) =>
    new RegExp(`<th>${label}</th><td><code>([^<]*)</code>`).exec(shown.text)?.[1] ?? '';
  const to = await authorizeAndAllow(b, {
    client_id: cell('Client ID'),
    redirect_uri: CHATGPT_CALLBACK,
    state: 's',
  });
  const tokens = await t.request
    .post('/oauth/token')
    .set('Authorization', basic(cell('Client ID'), cell('Client Secret')))
    .type('form')
    .send({
      grant_type: 'authorization_code',
      code: to.searchParams.get('code'),
      redirect_uri: CHATGPT_CALLBACK,
    });
  expect(tokens.status).toBe(200);
  return { b, userId };
}

async function deleteWith(b: Browser, password: string) {
  const home = await b.get('/account');
  expect(home.text).toContain('Delete your account');
  return b
    .post('/account/delete')
    .type('form')
    .send({ csrf_token: csrfTokenOf(home.text), password });
}

describe('deleting the account', () => {
  it('removes the person and every row of theirs, and nobody else’s', async () => {
    const gone = await personWithData('leaving@example.com');
    const staying = await personWithData('staying@example.com');
    const before = await rowsOwnedBy(t.db, gone.userId);
    for (const table of [
      'api_keys.user_id',
      'tasks.user_id',
      'subjects.user_id',
      'records.user_id',
      'sessions.user_id',
      'oauth_grants.user_id',
      'oauth_clients.owner_id',
      'idempotency_keys.user_id',
      'mail_tokens.user_id',
      'oauth_codes',
      'oauth_refresh_tokens',
    ]) {
      expect(before[table], table).toBeGreaterThan(0);
    }
    const othersBefore = await rowsOwnedBy(t.db, staying.userId);

    const res = await deleteWith(gone.b, PASSWORD);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/goodbye');
    expect(res.headers['set-cookie']?.[0]).toMatch(/^tend_session=;.*Max-Age=0/);

    const after = await rowsOwnedBy(t.db, gone.userId);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
    expect(await t.db('users').where({ id: gone.userId }).first()).toBeUndefined();
    expect(await rowsOwnedBy(t.db, staying.userId)).toEqual(othersBefore);
    expect((await staying.b.get('/account')).status).toBe(200);

    expect((await gone.b.get('/account')).status).toBe(303);
    const bye = await gone.b.get('/goodbye');
    expect(bye.status).toBe(200);
    expect(bye.text).toContain('Your account is deleted');
  });

  it('answers 401 to credentials cached before a deletion elsewhere, within their cache time', async () => {
    const email = 'cached@example.com';
    await signUpAs(t.app, email);
    const { id: userId } = await t.db('users').where({ email }).first('id');
    const { key } = await createApiKey(t.db, {
      userId,
      name: 'script',
      scopes: ['tasks:read', 'tasks:write'],
      now: t.clock.now(),
    });
    const auth = `Bearer ${key}`;
    // Checked once, so the key is in the authenticator's cache when the account goes.
    expect((await t.request.get('/v1/tasks').set('Authorization', auth)).status).toBe(200);
    // Deleted by another instance, whose notice this app (not listening) never hears:
    // the key is still cached here, and the write finds its owner gone.
    await t.db('users').where({ id: userId }).delete();

    for (const idempotencyKey of [undefined, 'written-after-deletion']) {
      const post = t.request.post('/v1/tasks').set('Authorization', auth);
      if (idempotencyKey) post.set('Idempotency-Key', idempotencyKey);
      const res = await post.send({ title: 'Too late' });
      expect(res.status, idempotencyKey ?? 'no key').toBe(401);
      expect(res.body.code).toBe('unauthorized');
      expect(res.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
    }
    expect(await t.db('tasks').where({ user_id: userId })).toEqual([]);
  });

  it('deletes nothing without the current password, and says so', async () => {
    const b = await signUpAs(t.app, 'careful@example.com');
    const res = await deleteWith(b, 'not my password');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/account?delete=wrong#delete-account');
    expect((await b.get('/account?delete=wrong')).text).toContain('nothing was deleted');
    expect(await t.db('users').where({ email: 'careful@example.com' }).first()).toBeDefined();
  });

  it('refuses a request without the session’s CSRF token (A7)', async () => {
    const b = await signUpAs(t.app, 'csrf-delete@example.com');
    const res = await b.post('/account/delete').type('form').send({ password: PASSWORD });
    expect(res.status).toBe(403);
    expect(await t.db('users').where({ email: 'csrf-delete@example.com' }).first()).toBeDefined();
  });

  it('R7: guesses at the password are throttled per account', async () => {
    const b = await signUpAs(t.app, 'guessed@example.com');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await deleteWith(b, `guess ${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 303)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(await t.db('users').where({ email: 'guessed@example.com' }).first()).toBeDefined();
  }, 120_000);
});
