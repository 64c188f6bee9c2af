import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL, type TestApp } from '../support/app.ts';
import { type Browser, browser, hiddenFieldsOf, signUpAs } from '../support/browser.ts';
import {
  authorizeAndAllow,
  authorizeUrl,
  CHATGPT_CALLBACK,
  makeClient,
  pkce,
} from '../support/oauth.ts';

let t: TestApp;
let b: Browser;
let client: Awaited<ReturnType<typeof makeClient>>;
const REDIRECT = 'https://app.example/callback';

beforeAll(async () => {
  t = await createTestApp();
  b = await signUpAs(t.app, 'ann@example.com', 'Ann');
  client = await makeClient(t, { name: 'Helper <b>Bot</b>' });
});
afterAll(() => t.close());

describe('GET /oauth/authorize', () => {
  it('A1: redirect_uri must match a registered one exactly', async () => {
    const variants = [
      `${REDIRECT}/`,
      `${REDIRECT}?x=1`,
      'https://APP.example/callback',
      'https://app.example/callback/../callback',
      'https://app.example.evil.test/callback',
      'https://app.example/Callback',
      'http://app.example/callback',
    ];
    for (const redirect_uri of variants) {
      const res = await b.get(
        authorizeUrl({ response_type: 'code', client_id: client.id, redirect_uri, state: 's' }),
      );
      expect(res.status, redirect_uri).toBe(400);
      expect(res.headers.location).toBeUndefined();
    }
  });

  it('A1: only a ChatGPT Action client may use the ChatGPT callback pattern', async () => {
    const action = await makeClient(t, { kind: 'chatgpt_action', redirectUris: [] });
    const other = await makeClient(t, { redirectUris: ['https://x.example/cb'] });
    const ok = await authorizeAndAllow(b, {
      client_id: action.id,
      redirect_uri: 'https://chat.openai.com/aip/g-xyz789/oauth/callback',
      state: 's1',
    });
    expect(ok.searchParams.get('code')).toBeTruthy();
    for (const redirect_uri of [
      CHATGPT_CALLBACK.replace('chatgpt.com', 'chatgpt.com.evil.test'),
      'https://chatgpt.com/aip/g-abc/oauth/callback/../../evil',
      'https://chatgpt.com/aip/g-abc/oauth/callback?x=1',
    ]) {
      const res = await b.get(
        authorizeUrl({ response_type: 'code', client_id: action.id, redirect_uri, state: 's' }),
      );
      expect(res.status, redirect_uri).toBe(400);
    }
    const res = await b.get(
      authorizeUrl({
        response_type: 'code',
        client_id: other.id,
        redirect_uri: CHATGPT_CALLBACK,
        state: 's',
      }),
    );
    expect(res.status).toBe(400);
  });

  it('A2: an unknown client or unregistered redirect_uri gets an error page on Tend, no Location', async () => {
    for (const params of [
      { client_id: 'tc_nope', redirect_uri: REDIRECT },
      { client_id: client.id, redirect_uri: 'https://evil.example/cb' },
      { redirect_uri: REDIRECT },
    ]) {
      const res = await b.get(authorizeUrl({ response_type: 'code', state: 's', ...params }));
      expect(res.status).toBe(400);
      expect(res.headers.location).toBeUndefined();
      expect(res.headers['content-type']).toMatch(/text\/html/);
    }
  });

  it('A3: a signed-out browser with a bad scope is sent to the sign-in page, not to the client', async () => {
    const res = await t.request.get(
      authorizeUrl({
        response_type: 'code',
        client_id: client.id,
        redirect_uri: REDIRECT,
        scope: 'bogus',
        state: 's',
      }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/signin\?return_to=%2Foauth%2Fauthorize/);
  });

  it('A4: a public client without code_challenge gets invalid_request', async () => {
    const pub = await makeClient(t, { isPublic: true });
    const to = await authorizeAndAllow(b, {
      client_id: pub.id,
      redirect_uri: REDIRECT,
      state: 's',
    });
    expect(to.searchParams.get('error')).toBe('invalid_request');
    expect(to.searchParams.get('code')).toBeNull();
  });

  it('A5: code_challenge_method plain is refused; metadata advertises S256 only', async () => {
    const { challenge } = pkce();
    const to = await authorizeAndAllow(b, {
      client_id: client.id,
      redirect_uri: REDIRECT,
      state: 's',
      code_challenge: challenge,
      code_challenge_method: 'plain',
    });
    expect(to.searchParams.get('error')).toBe('invalid_request');
    const meta = await t.request.get('/.well-known/oauth-authorization-server');
    expect(meta.body.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('A6: state comes back verbatim and iss is on success and error redirects', async () => {
    const state = 'a b&c=d/é+%';
    const ok = await authorizeAndAllow(b, { client_id: client.id, redirect_uri: REDIRECT, state });
    expect(ok.searchParams.get('state')).toBe(state);
    expect(ok.searchParams.get('iss')).toBe(PUBLIC_URL);
    const bad = await authorizeAndAllow(b, {
      client_id: client.id,
      redirect_uri: REDIRECT,
      state,
      scope: 'records:write',
    });
    expect(bad.searchParams.get('error')).toBe('invalid_scope');
    expect(bad.searchParams.get('state')).toBe(state);
    expect(bad.searchParams.get('iss')).toBe(PUBLIC_URL);
    const meta = await t.request.get('/.well-known/oauth-authorization-server');
    expect(meta.body.authorization_response_iss_parameter_supported).toBe(true);
  });

  it('shows the client’s name, redirect host and scopes in plain words, escaped', async () => {
    const fresh = await signUpAs(t.app, 'consent@example.com');
    const res = await fresh.get(
      authorizeUrl({
        response_type: 'code',
        client_id: client.id,
        redirect_uri: REDIRECT,
        state: 's',
      }),
    );
    expect(res.status).toBe(200);
    expect(res.text).toContain('Helper &lt;b&gt;Bot&lt;/b&gt;');
    expect(res.text).toContain('app.example');
    expect(res.text).toContain('See and change your tasks');
  });

  it('A7: consent POSTed without or with a foreign CSRF token is 403 and issues no code', async () => {
    const fresh = await signUpAs(t.app, 'csrf@example.com');
    const other = await signUpAs(t.app, 'other@example.com');
    const url = authorizeUrl({
      response_type: 'code',
      client_id: client.id,
      redirect_uri: REDIRECT,
      state: 's',
    });
    const fields = hiddenFieldsOf((await fresh.get(url)).text);
    const foreign = hiddenFieldsOf((await other.get(url)).text).csrf_token;
    const before = await t.db('oauth_codes').count({ n: '*' }).first();
    for (const csrf_token of [undefined, foreign]) {
      const res = await fresh
        .post('/oauth/authorize')
        .type('form')
        .send({ ...fields, csrf_token, decision: 'allow' });
      expect(res.status).toBe(403);
      expect(res.headers.location).toBeUndefined();
    }
    expect(await t.db('oauth_codes').count({ n: '*' }).first()).toEqual(before);
  });

  it('A8: the consent page forbids framing', async () => {
    const fresh = await signUpAs(t.app, 'frame@example.com');
    const res = await fresh.get(
      authorizeUrl({
        response_type: 'code',
        client_id: client.id,
        redirect_uri: REDIRECT,
        state: 's',
      }),
    );
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('A9: Allow and Deny answer 303', async () => {
    const fresh = await signUpAs(t.app, 'deny@example.com');
    const url = authorizeUrl({
      response_type: 'code',
      client_id: client.id,
      redirect_uri: REDIRECT,
      state: 's',
    });
    const fields = hiddenFieldsOf((await fresh.get(url)).text);
    const res = await fresh
      .post('/oauth/authorize')
      .type('form')
      .send({ ...fields, decision: 'deny' });
    expect(res.status).toBe(303);
    const to = new URL(res.headers.location as string);
    expect(to.searchParams.get('error')).toBe('access_denied');
    expect(to.searchParams.get('iss')).toBe(PUBLIC_URL);
  });

  it('A10: the consent page loads nothing from elsewhere and sends no referrer', async () => {
    const fresh = await signUpAs(t.app, 'ref@example.com');
    const res = await fresh.get(
      authorizeUrl({
        response_type: 'code',
        client_id: client.id,
        redirect_uri: REDIRECT,
        state: 's',
      }),
    );
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.text).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(res.text).not.toMatch(/<script|<style/i);
  });

  it('skips consent when a grant already covers the scopes, and falls back to the registered scopes', async () => {
    const fresh = await signUpAs(t.app, 'again@example.com');
    await authorizeAndAllow(fresh, {
      client_id: client.id,
      redirect_uri: REDIRECT,
      state: 's',
      scope: 'tasks:read',
    });
    const again = await fresh.get(
      authorizeUrl({
        response_type: 'code',
        client_id: client.id,
        redirect_uri: REDIRECT,
        state: 's',
        scope: 'tasks:read',
      }),
    );
    expect(again.status).toBe(303);
    expect(new URL(again.headers.location as string).searchParams.get('code')).toBeTruthy();
    // Without scope: the client's registered scopes, which need consent for tasks:write.
    const wider = await fresh.get(
      authorizeUrl({
        response_type: 'code',
        client_id: client.id,
        redirect_uri: REDIRECT,
        state: 's',
      }),
    );
    expect(wider.status).toBe(200);
    expect(hiddenFieldsOf(wider.text).scope).toBe('tasks:read tasks:write');
  });

  it('requires state from ChatGPT Action clients', async () => {
    const action = await makeClient(t, { kind: 'chatgpt_action', redirectUris: [] });
    const to = await authorizeAndAllow(b, { client_id: action.id, redirect_uri: CHATGPT_CALLBACK });
    expect(to.searchParams.get('error')).toBe('invalid_request');
  });

  it('refuses a resource Tend does not serve (RFC 8707)', async () => {
    const to = await authorizeAndAllow(b, {
      client_id: client.id,
      redirect_uri: REDIRECT,
      state: 's',
      resource: 'https://elsewhere.example/api',
    });
    expect(to.searchParams.get('error')).toBe('invalid_target');
  });

  it('a signed-out browser lands back on the authorization request after signing in', async () => {
    const fresh = browser(t.app);
    const url = authorizeUrl({
      response_type: 'code',
      client_id: client.id,
      redirect_uri: REDIRECT,
      state: 's',
    });
    const res = await fresh.get(url);
    const signin = await fresh.get(res.headers.location as string);
    const fields = hiddenFieldsOf(signin.text);
    expect(fields.return_to).toBe(url);
  });
});
