import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL, type TestApp, type TestUser } from '../support/app.ts';
import { type Browser, csrfTokenOf, signUpAs } from '../support/browser.ts';
import { authorizeAndAllow, basic, makeClient } from '../support/oauth.ts';

let t: TestApp;
let owner: TestUser;
let b: Browser;
let csrf: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.createUser({ scopes: ['account'] });
  b = await signUpAs(t.app, 'web@example.com', 'Webb');
  csrf = csrfTokenOf((await b.get('/account')).text);
});
afterAll(() => t.close());

describe('account operations', () => {
  it('getAccount answers who is signed in', async () => {
    const res = await t.request.get('/v1/account').set('Authorization', owner.auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: owner.id,
      email: owner.email,
      display_name: owner.display_name,
      timezone: 'Europe/Berlin',
    });
  });

  it('createApiKey shows the secret once; lists show the prefix; the key has exactly its scopes', async () => {
    const res = await t.request
      .post('/v1/account/api-keys')
      .set('Authorization', owner.auth)
      .send({ name: ' Phone ', scopes: ['tasks:write', 'tasks:read'] });
    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({ name: 'Phone', scopes: ['tasks:read', 'tasks:write'] });
    const { key, prefix, id } = res.body as { key: string; prefix: string; id: string };
    expect(key.startsWith(prefix)).toBe(true);

    const listed = await t.request.get('/v1/account/api-keys').set('Authorization', owner.auth);
    const item = listed.body.items.find((k: { id: string }) => k.id === id);
    expect(item).toMatchObject({ prefix, last_used_at: null });
    expect(listed.text).not.toContain(key);
    const stored = await t.db('api_keys').where({ id }).first();
    expect(JSON.stringify(stored)).not.toContain(key);

    const tasks = await t.request.get('/v1/tasks').set('Authorization', `Bearer ${key}`);
    expect(tasks.status).toBe(200);
    const account = await t.request.get('/v1/account').set('Authorization', `Bearer ${key}`);
    expect(account.status).toBe(403);
  });

  it('never stores a new key for an Idempotency-Key replay: the secret exists only in its answer', async () => {
    const send = () =>
      t.request
        .post('/v1/account/api-keys')
        .set('Authorization', owner.auth)
        .set('Idempotency-Key', 'same-key')
        .send({ name: 'Retry', scopes: ['tasks:read'] });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    const kept = await t.db('idempotency_keys').select('response_body');
    expect(JSON.stringify(kept)).not.toContain(first.body.key);
  });

  it('revokeApiKey stops a key at once and hides it; another person gets 404', async () => {
    const made = await t.request
      .post('/v1/account/api-keys')
      .set('Authorization', owner.auth)
      .send({ name: 'Short-lived', scopes: ['tasks:read'] });
    const bearer = `Bearer ${made.body.key}`;
    expect((await t.request.get('/v1/tasks').set('Authorization', bearer)).status).toBe(200);
    const other = await t.createUser({ scopes: ['account'] });
    const foreign = await t.request
      .delete(`/v1/account/api-keys/${made.body.id}`)
      .set('Authorization', other.auth);
    expect(foreign.status).toBe(404);
    const revoked = await t.request
      .delete(`/v1/account/api-keys/${made.body.id}`)
      .set('Authorization', owner.auth);
    expect(revoked.status).toBe(204);
    const again = await t.request
      .delete(`/v1/account/api-keys/${made.body.id}`)
      .set('Authorization', owner.auth);
    expect(again.status).toBe(404);
    // No time passes: the revoking request dropped the key from this instance's cache.
    expect((await t.request.get('/v1/tasks').set('Authorization', bearer)).status).toBe(401);
    const listed = await t.request.get('/v1/account/api-keys').set('Authorization', owner.auth);
    expect(listed.text).not.toContain(made.body.id);
  });

  it('listApiKeys pages newest first with next_cursor', async () => {
    const user = await t.createUser({ scopes: ['account'] });
    for (const name of ['one', 'two', 'three']) {
      t.clock.advance(1000);
      await t.request
        .post('/v1/account/api-keys')
        .set('Authorization', user.auth)
        .send({ name, scopes: ['tasks:read'] });
    }
    const first = await t.request
      .get('/v1/account/api-keys?limit=2')
      .set('Authorization', user.auth);
    expect(first.body.items.map((k: { name: string }) => k.name)).toEqual(['three', 'two']);
    const rest = await t.request
      .get(`/v1/account/api-keys?limit=2&cursor=${first.body.next_cursor}`)
      .set('Authorization', user.auth);
    expect(rest.body.items.map((k: { name: string }) => k.name)).toEqual(['one', 'test']);
    expect(rest.body.next_cursor).toBeNull();
  });

  it('listConnectedApps and disconnectApp: the app’s refresh and access tokens stop at once', async () => {
    const client = await makeClient(t, { name: 'Helper App' });
    const to = await authorizeAndAllow(b, {
      client_id: client.id,
      redirect_uri: 'https://app.example/callback',
      state: 's',
    });
    const tokens = (
      await t.request
        .post('/oauth/token')
        .set('Authorization', basic(client.id, client.secret as string))
        .type('form')
        .send({
          grant_type: 'authorization_code',
          code: to.searchParams.get('code'),
          redirect_uri: 'https://app.example/callback',
        })
    ).body;
    const listed = await b.get('/v1/account/connected-apps');
    expect(listed.status).toBe(200);
    const app = listed.body.items.find(
      (a: { client_name: string }) => a.client_name === 'Helper App',
    );
    expect(app).toMatchObject({ scopes: ['tasks:read', 'tasks:write'] });
    expect(app.last_used_at).not.toBeNull();
    const gone = await b.delete(`/v1/account/connected-apps/${app.id}`).set('X-CSRF-Token', csrf);
    expect(gone.status).toBe(204);
    const refreshed = await t.request
      .post('/oauth/token')
      .set('Authorization', basic(client.id, client.secret as string))
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed.body.error).toBe('invalid_grant');
    const api = await t.request
      .get('/v1/tasks')
      .set('Authorization', `Bearer ${tokens.access_token}`);
    expect(api.status).toBe(401);
  });
});

describe('the session cookie on account operations', () => {
  it('reads with the cookie alone', async () => {
    const res = await b.get('/v1/account');
    expect(res.status).toBe(200);
    expect(res.body.email).toBe('web@example.com');
  });

  it('A7: a cross-site POST with the session cookie but no CSRF token is refused and makes nothing', async () => {
    const before = await t.db('api_keys').count({ n: '*' }).first();
    const forged = await b
      .post('/v1/account/api-keys')
      .set('Origin', 'https://evil.example')
      .send({ name: 'Evil', scopes: ['account'] });
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('csrf_failed');
    const noToken = await b
      .post('/v1/account/api-keys')
      .send({ name: 'Evil', scopes: ['account'] });
    expect(noToken.status).toBe(403);
    const wrongToken = await b
      .post('/v1/account/api-keys')
      .set('X-CSRF-Token', 'x'.repeat(43))
      .send({ name: 'Evil', scopes: ['account'] });
    expect(wrongToken.status).toBe(403);
    const after = await t.db('api_keys').count({ n: '*' }).first();
    expect(Number(after?.n)).toBe(Number(before?.n));
  });

  it('A7: the right token from a cross-site Origin is refused too', async () => {
    const res = await b
      .post('/v1/account/api-keys')
      .set('Origin', 'https://evil.example')
      .set('X-CSRF-Token', csrf)
      .send({ name: 'Evil', scopes: ['account'] });
    expect(res.status).toBe(403);
  });

  it('writes with the page’s CSRF token from Tend’s own origin', async () => {
    const res = await b
      .post('/v1/account/api-keys')
      .set('Origin', PUBLIC_URL)
      .set('X-CSRF-Token', csrf)
      .send({ name: 'From the page', scopes: ['tasks:read'] });
    expect(res.status).toBe(201);
    const deleted = await b.delete(`/v1/account/api-keys/${res.body.id}`).set('X-CSRF-Token', csrf);
    expect(deleted.status).toBe(204);
  });

  it('answers 401 without a session, and after signing out', async () => {
    expect((await t.request.get('/v1/account')).status).toBe(401);
    const gone = await signUpAs(t.app, 'leaving@example.com');
    const home = await gone.get('/account');
    await gone
      .post('/signout')
      .type('form')
      .send({ csrf_token: csrfTokenOf(home.text) });
    expect((await gone.get('/v1/account')).status).toBe(401);
  });
});
