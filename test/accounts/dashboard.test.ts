import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import {
  type Browser,
  browser,
  csrfTokenOf,
  formBodyOf,
  PASSWORD,
  signUpAs,
} from '../support/browser.ts';
import { authorizeAndAllow, authorizeUrl, basic, CHATGPT_CALLBACK } from '../support/oauth.ts';

let t: TestApp;
let b: Browser;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// A person has one ChatGPT connection at a time: each test starts with a new person, an
// hour on, so sign-up's per-source limit (R7) does not count them together.
let people = 0;
beforeEach(async () => {
  people += 1;
  t.clock.advance(60 * 60 * 1000);
  b = await signUpAs(t.app, `dash${people}@example.com`, 'Dash');
});

/** Presses Connect ChatGPT with the boxes as they are, or with only `scopes` ticked. */
async function connectChatGpt(browser: Browser, scopes?: string[]) {
  const home = await browser.get('/account/connections');
  const form = new URLSearchParams(formBodyOf(home.text, '/account/chatgpt'));
  if (scopes) {
    form.delete('scopes');
    for (const s of scopes) form.append('scopes', s);
  }
  const res = await browser.post('/account/chatgpt').type('form').send(form.toString());
  expect(res.status).toBe(303);
  const page = await browser.get(res.headers.location as string);
  const cell = (label: string) =>
    new RegExp(`<th>${label}</th><td><code>([^<]*)</code>`).exec(page.text)?.[1] ?? '';
  return {
    path: res.headers.location as string,
    page,
    clientId: cell('Client ID'),
    secret: cell('Client Secret'),
    cell,
  };
}

describe('Connect ChatGPT', () => {
  it('shows Client ID, Client Secret once, Authorization URL, Token URL, Scope and exchange method', async () => {
    const c = await connectChatGpt(b);
    expect(c.clientId).toMatch(/^tc_/);
    expect(c.secret).toMatch(/^tcs_/);
    expect(c.cell('Authorization URL')).toBe('http://tend.test/oauth/authorize');
    expect(c.cell('Token URL')).toBe('http://tend.test/oauth/token');
    expect(c.cell('Scope')).toBe('tasks:read tasks:write records:read records:write');
    expect(c.cell('Token exchange method')).toBe('Default (POST request)');
    const again = await b.get(c.path);
    expect(again.text).not.toContain(c.secret);
    const row = await t.db('oauth_clients').where({ id: c.clientId }).first();
    expect(row.reveal_nonce).toBeNull();
    expect(JSON.stringify(row)).not.toContain(c.secret);
  });

  it('offers every assistant scope ticked, each said in plain words', async () => {
    const home = await b.get('/account/connections');
    const section = home.text.slice(
      home.text.indexOf('<form method="post" action="/account/chatgpt">'),
    );
    const form = section.slice(0, section.indexOf('</form>'));
    for (const [scope, words] of [
      ['tasks:read', 'See your tasks'],
      ['tasks:write', 'See and change your tasks'],
      ['records:read', 'See your care records, people and pets'],
      ['records:write', 'See and change your care records, people and pets'],
    ]) {
      expect(form).toContain(`name="scopes" value="${scope}" checked> ${words}`);
    }
    expect(form).not.toContain('value="account"');
    const c = await connectChatGpt(b);
    const allowed = c.page.text.slice(c.page.text.indexOf('ChatGPT will be able to'));
    expect(allowed).toContain('See and change your tasks');
    expect(allowed).toContain('See and change your care records, people and pets');
  });

  it('lets the person narrow the scopes, checked on the server: at least one, assistant ones only', async () => {
    const count = async () => Number((await t.db('oauth_clients').count('* as n'))[0]?.n);
    const before = await count();
    const csrf = csrfTokenOf((await b.get('/account/connections')).text);
    for (const body of [
      `csrf_token=${csrf}`,
      `csrf_token=${csrf}&scopes=account`,
      `csrf_token=${csrf}&scopes=tasks:read&scopes=account`,
      `csrf_token=${csrf}&scopes=everything`,
    ]) {
      const res = await b.post('/account/chatgpt').type('form').send(body);
      expect(res.status, body).toBe(303);
      expect(res.headers.location).toBe('/account/connections?chatgpt=invalid#chatgpt');
    }
    expect(await count()).toBe(before);
    const again = await b.get('/account/connections?chatgpt=invalid');
    expect(again.text).toContain('Choose at least one thing ChatGPT may do.');
    const narrow = await connectChatGpt(b, ['tasks:read', 'records:read']);
    expect(narrow.cell('Scope')).toBe('tasks:read records:read');
    const allowed = narrow.page.text.slice(narrow.page.text.indexOf('ChatGPT will be able to'));
    expect(allowed).toContain('See your tasks');
    expect(allowed).not.toContain('See and change');
    const stored = await t.db('oauth_clients').where({ id: narrow.clientId }).first('scopes');
    expect(stored.scopes).toEqual(['tasks:read', 'records:read']);
  });

  it('the shown secret works at the token endpoint with the ChatGPT callback pattern', async () => {
    const c = await connectChatGpt(b);
    const to = await authorizeAndAllow(b, {
      client_id: c.clientId,
      redirect_uri: CHATGPT_CALLBACK,
      state: 'st',
    });
    const res = await t.request
      .post('/oauth/token')
      .set('Authorization', basic(c.clientId, c.secret))
      .type('form')
      .send({
        grant_type: 'authorization_code',
        code: to.searchParams.get('code'),
        redirect_uri: CHATGPT_CALLBACK,
      });
    expect(res.status).toBe(200);
  });

  it('A1: once the exact callback is pasted back, only that URL is accepted', async () => {
    const c = await connectChatGpt(b);
    const pinned = 'https://chatgpt.com/aip/g-pinned1/oauth/callback';
    const res = await b
      .post(`/account/chatgpt/${c.clientId}/callback`)
      .type('form')
      .send({ csrf_token: csrfTokenOf(c.page.text), callback_url: pinned });
    expect(res.status).toBe(303);
    const other = await b.get(
      authorizeUrl({
        response_type: 'code',
        client_id: c.clientId,
        redirect_uri: CHATGPT_CALLBACK,
        state: 's',
      }),
    );
    expect(other.status).toBe(400);
    const ok = await authorizeAndAllow(b, {
      client_id: c.clientId,
      redirect_uri: pinned,
      state: 's',
    });
    expect(ok.searchParams.get('code')).toBeTruthy();
    const bad = await b
      .post(`/account/chatgpt/${c.clientId}/callback`)
      .type('form')
      .send({ csrf_token: csrfTokenOf(c.page.text), callback_url: 'https://evil.example/cb' });
    // The page comes back with what was typed and why it was refused; nothing changed.
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('value="https://evil.example/cb"');
    expect(bad.text).toContain('That is not a ChatGPT callback URL');
    const kept = await t.db('oauth_clients').where({ id: c.clientId }).first('redirect_uris');
    expect(kept.redirect_uris).toEqual([pinned]);
  });

  it('shows another person nothing of someone’s client', async () => {
    const c = await connectChatGpt(b);
    const eve = await signUpAs(t.app, 'eve@example.com');
    const res = await eve.get(c.path);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('tcs_');
  });
});

describe('connected apps', () => {
  it('A17: connected apps are listed, and Disconnect stops the refresh and access tokens at once', async () => {
    const c = await connectChatGpt(b);
    const to = await authorizeAndAllow(b, {
      client_id: c.clientId,
      redirect_uri: CHATGPT_CALLBACK,
      state: 's',
    });
    const tokens = (
      await t.request
        .post('/oauth/token')
        .type('form')
        .send({
          grant_type: 'authorization_code',
          code: to.searchParams.get('code'),
          redirect_uri: CHATGPT_CALLBACK,
          client_id: c.clientId,
          client_secret: c.secret,
        })
    ).body;
    const home = await b.get('/account/connections');
    expect(home.text).toContain('ChatGPT');
    expect(home.text).toContain('See and change your tasks');
    const grant = await t.db('oauth_grants').where({ client_id: c.clientId }).first();
    const res = await b
      .post(`/account/apps/${grant.id}/disconnect`)
      .type('form')
      .send({ csrf_token: csrfTokenOf(home.text) });
    expect(res.status).toBe(303);
    const refreshed = await t.request
      .post('/oauth/token')
      .set('Authorization', basic(c.clientId, c.secret))
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed.body.error).toBe('invalid_grant');
    const api = await t.request
      .get('/v1/tasks')
      .set('Authorization', `Bearer ${tokens.access_token}`);
    expect(api.status).toBe(401);
  });

  it('A7: dashboard POSTs without the session’s CSRF token are refused', async () => {
    const eve = await signUpAs(t.app, 'eve2@example.com');
    const foreign = csrfTokenOf((await eve.get('/account')).text);
    expect(
      (await b.post('/account/chatgpt').type('form').send({ csrf_token: foreign })).status,
    ).toBe(403);
    expect((await b.post('/account/chatgpt').type('form').send({})).status).toBe(403);
  });
});

describe('changing the password', () => {
  it('A17: a password change ends every refresh token, older access token and other session', async () => {
    const me = await signUpAs(t.app, 'pw@example.com');
    const elsewhere = browser(t.app);
    const form = await elsewhere.get('/signin');
    await elsewhere
      .post('/signin')
      .type('form')
      .send({ csrf_token: csrfTokenOf(form.text), email: 'pw@example.com', password: PASSWORD });
    expect((await elsewhere.get('/account')).status).toBe(200);
    const c = await connectChatGpt(me);
    const to = await authorizeAndAllow(me, {
      client_id: c.clientId,
      redirect_uri: CHATGPT_CALLBACK,
      state: 's',
    });
    const tokens = (
      await t.request
        .post('/oauth/token')
        .set('Authorization', basic(c.clientId, c.secret))
        .type('form')
        .send({
          grant_type: 'authorization_code',
          code: to.searchParams.get('code'),
          redirect_uri: CHATGPT_CALLBACK,
        })
    ).body;
    const asApp = () =>
      t.request.get('/v1/tasks').set('Authorization', `Bearer ${tokens.access_token}`);
    expect((await asApp()).status).toBe(200);
    // A second later, so the token is older than the new password by its whole-second iat.
    t.clock.advance(1000);
    const home = await me.get('/account');
    const wrong = await me
      .post('/account/password')
      .type('form')
      .send({
        csrf_token: csrfTokenOf(home.text),
        current_password: 'not it at all',
        new_password: 'a brand new password',
      });
    expect(wrong.headers.location).toBe('/account/password?password=wrong');
    const res = await me
      .post('/account/password')
      .type('form')
      .send({
        csrf_token: csrfTokenOf(home.text),
        current_password: PASSWORD,
        new_password: 'a brand new password',
      });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/account/password?password=changed');
    expect((await me.get('/account')).status).toBe(200);
    expect((await elsewhere.get('/account')).status).toBe(303);
    const refreshed = await t.request
      .post('/oauth/token')
      .set('Authorization', basic(c.clientId, c.secret))
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed.body.error).toBe('invalid_grant');
    // At once, not after the credential cache's 30 s.
    expect((await asApp()).status).toBe(401);
  });
});

describe('API keys on the dashboard', () => {
  async function createFromPage(me: Browser, fields: Record<string, string | string[]>) {
    const home = await me.get('/account/connections');
    return me
      .post('/account/api-keys')
      .type('form')
      .send({ csrf_token: csrfTokenOf(home.text), ...fields });
  }

  it('ticks the four assistant scopes by default, and a key made so reaches tasks and records', async () => {
    const me = await signUpAs(t.app, 'default-keys@example.com');
    const home = await me.get('/account/connections');
    const form = new URLSearchParams(formBodyOf(home.text, '/account/api-keys'));
    expect(form.getAll('scopes')).toEqual([
      'tasks:read',
      'tasks:write',
      'records:read',
      'records:write',
    ]);
    form.set('name', 'My GPT');
    const res = await me.post('/account/api-keys').type('form').send(form.toString());
    expect(res.status).toBe(303);
    const shown = await me.get('/account/api-keys/new');
    const key = /<code>(tend_[A-Za-z0-9_-]+)<\/code>/.exec(shown.text)?.[1] as string;
    for (const path of ['/v1/tasks', '/v1/records', '/v1/subjects']) {
      const answer = await t.request.get(path).set('Authorization', `Bearer ${key}`);
      expect(answer.status, path).toBe(200);
    }
    const account = await t.request.get('/v1/account').set('Authorization', `Bearer ${key}`);
    expect(account.status).toBe(403);
  });

  it('creates a key with the chosen scopes and shows it once, after a 303', async () => {
    const me = await signUpAs(t.app, 'keys@example.com');
    const home = await me.get('/account/connections');
    expect(home.text).toContain('<input type="checkbox" name="scopes" value="account">');
    const res = await createFromPage(me, {
      name: 'Garden sensor',
      scopes: ['records:write', 'tasks:read'],
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/account/api-keys/new');
    const shown = await me.get('/account/api-keys/new');
    const key = /<code>(tend_[A-Za-z0-9_-]+)<\/code>/.exec(shown.text)?.[1] as string;
    expect(key).toBeTruthy();
    expect(shown.headers['cache-control']).toBe('no-store');
    const again = await me.get('/account/api-keys/new');
    expect(again.text).not.toContain(key);

    const tasks = await t.request.get('/v1/tasks').set('Authorization', `Bearer ${key}`);
    expect(tasks.status).toBe(200);
    const write = await t.request
      .post('/v1/tasks')
      .set('Authorization', `Bearer ${key}`)
      .send({ title: 'Not allowed' });
    expect(write.status).toBe(403);

    const listed = await me.get('/account/connections');
    expect(listed.text).toContain('Garden sensor');
    expect(listed.text).toContain(`${key.slice(0, 13)}…`);
    expect(listed.text).toContain('tasks:read records:write');
    expect(listed.text).not.toContain(key);
  });

  it('sends a key without a name or scope back with a message, and makes none', async () => {
    const me = await signUpAs(t.app, 'keys2@example.com');
    const res = await createFromPage(me, { name: 'No scopes' });
    expect(res.headers.location).toBe('/account/connections?keys=invalid#api-keys');
    expect((await me.get(res.headers.location as string)).text).toContain(
      'choose at least one scope',
    );
    const user = await t.db('users').where({ email: 'keys2@example.com' }).first('id');
    expect(await t.db('api_keys').where({ user_id: user.id })).toHaveLength(0);
  });

  it('revokes a key: it stops working at once and leaves the list', async () => {
    const me = await signUpAs(t.app, 'keys3@example.com');
    await createFromPage(me, { name: 'Old script', scopes: 'tasks:read' });
    const key = /<code>(tend_[A-Za-z0-9_-]+)<\/code>/.exec(
      (await me.get('/account/api-keys/new')).text,
    )?.[1];
    const home = await me.get('/account/connections');
    const action = /action="(\/account\/api-keys\/[0-9a-f-]{36}\/revoke)"/.exec(
      home.text,
    )?.[1] as string;
    const res = await me
      .post(action)
      .type('form')
      .send({ csrf_token: csrfTokenOf(home.text) });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/account/connections?keys=revoked#api-keys');
    expect((await me.get('/account/connections')).text).not.toContain('Old script');
    expect((await t.request.get('/v1/tasks').set('Authorization', `Bearer ${key}`)).status).toBe(
      401,
    );
  });

  it('A7: creating or revoking a key without the session’s CSRF token is refused', async () => {
    const me = await signUpAs(t.app, 'keys4@example.com');
    const eve = await signUpAs(t.app, 'keys-eve@example.com');
    const foreign = csrfTokenOf((await eve.get('/account')).text);
    const created = await me
      .post('/account/api-keys')
      .type('form')
      .send({ csrf_token: foreign, name: 'Forged', scopes: 'account' });
    expect(created.status).toBe(403);
    const user = await t.db('users').where({ email: 'keys4@example.com' }).first('id');
    expect(await t.db('api_keys').where({ user_id: user.id })).toHaveLength(0);
    const revoked = await me
      .post('/account/api-keys/00000000-0000-4000-8000-000000000000/revoke')
      .type('form')
      .send({});
    expect(revoked.status).toBe(403);
  });
});
