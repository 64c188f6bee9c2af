import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type Browser, browser, csrfTokenOf, PASSWORD, signUpAs } from '../support/browser.ts';
import { authorizeAndAllow, authorizeUrl, basic, CHATGPT_CALLBACK } from '../support/oauth.ts';

let t: TestApp;
let b: Browser;

beforeAll(async () => {
  t = await createTestApp();
  b = await signUpAs(t.app, 'dash@example.com', 'Dash');
});
afterAll(() => t.close());

async function connectChatGpt(browser: Browser) {
  const home = await browser.get('/account');
  const res = await browser
    .post('/account/chatgpt')
    .type('form')
    .send({ csrf_token: csrfTokenOf(home.text) });
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
    expect(c.cell('Scope')).toBe('tasks:read tasks:write');
    expect(c.cell('Token exchange method')).toBe('Default (POST request)');
    const again = await b.get(c.path);
    expect(again.text).not.toContain(c.secret);
    const row = await t.db('oauth_clients').where({ id: c.clientId }).first();
    expect(row.reveal_nonce).toBeNull();
    expect(JSON.stringify(row)).not.toContain(c.secret);
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
    expect(bad.status).toBe(400);
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
  it('lists each connection and Disconnect stops its refresh token at once and access within 30 s (A17)', async () => {
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
    const home = await b.get('/account');
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
    t.clock.advance(30_001);
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
  it('A17: a password change ends every refresh token and every other session', async () => {
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
    const home = await me.get('/account');
    const wrong = await me
      .post('/account/password')
      .type('form')
      .send({
        csrf_token: csrfTokenOf(home.text),
        current_password: 'not it at all',
        new_password: 'a brand new password',
      });
    expect(wrong.headers.location).toBe('/account?password=wrong');
    const res = await me
      .post('/account/password')
      .type('form')
      .send({
        csrf_token: csrfTokenOf(home.text),
        current_password: PASSWORD,
        new_password: 'a brand new password',
      });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/account?password=changed');
    expect((await me.get('/account')).status).toBe(200);
    expect((await elsewhere.get('/account')).status).toBe(303);
    const refreshed = await t.request
      .post('/oauth/token')
      .set('Authorization', basic(c.clientId, c.secret))
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed.body.error).toBe('invalid_grant');
  });
});
