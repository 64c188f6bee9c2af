import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/oauth/clients.ts';
import { createTestApp, PUBLIC_URL, type TestApp } from '../support/app.ts';
import { type Browser, browser, csrfTokenOf, PASSWORD, signUpAs } from '../support/browser.ts';
import { lastMailTo, tokenIn } from '../support/mail.ts';
import { authorizeAndAllow, pkce } from '../support/oauth.ts';

let t: TestApp;
const secrets: string[] = [];
const NEW_PASSWORD = 'a fresh new password';
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function askForReset(email: string, ip?: string) {
  const b = browser(t.app);
  const form = await b.get('/forgot-password');
  const req = b.post('/forgot-password');
  if (ip) req.set('X-Forwarded-For', ip);
  return req.type('form').send({ csrf_token: csrfTokenOf(form.text), email });
}

async function resetLink(email: string): Promise<string> {
  const res = await askForReset(email);
  expect(res.status).toBe(303);
  const token = tokenIn(lastMailTo(t.outbox, email).text, '/reset-password');
  secrets.push(token);
  return token;
}

async function setNewPassword(b: Browser, token: string, password = NEW_PASSWORD) {
  const form = await b.get(`/reset-password?token=${token}`);
  expect(form.status).toBe(200);
  return b
    .post('/reset-password')
    .type('form')
    .send({ csrf_token: csrfTokenOf(form.text), token, new_password: password });
}

async function signIn(email: string, password: string) {
  const b = browser(t.app);
  const form = await b.get('/signin');
  const res = await b
    .post('/signin')
    .type('form')
    .send({ csrf_token: csrfTokenOf(form.text), email, password });
  return { b, ok: res.headers.location === '/account' };
}

describe('forgot password', () => {
  it('answers the same whether or not the address has an account, and mails only an account', async () => {
    await signUpAs(t.app, 'real@example.com');
    const before = t.outbox.mails().length;
    const known = await askForReset('Real@Example.com');
    const unknown = await askForReset('nobody@example.com');
    for (const res of [known, unknown]) {
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/forgot-password?sent=1');
    }
    expect(t.outbox.mails().length).toBe(before + 1);
    const mail = lastMailTo(t.outbox, 'real@example.com');
    expect(mail.subject).toBe('Reset your Tend password');
    expect(mail.text).toContain(`${PUBLIC_URL}/reset-password?token=`);
    secrets.push(tokenIn(mail.text, '/reset-password'));
    const page = await t.request.get('/forgot-password?sent=1');
    expect(page.text).toContain('If there is a Tend account for that address');
  });

  it('R7: is throttled per address at one source, whether or not it has an account', async () => {
    t.clock.advance(HOUR);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await askForReset('target@example.com')).status);
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
    expect((await askForReset('someone-else@example.com')).status).toBe(303);
  });

  it('R7: and per IP, twenty an hour', async () => {
    t.clock.advance(HOUR);
    // The test app trusts no proxy, so every request comes from the same address.
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await askForReset(`n${i}@example.com`)).status);
    expect(statuses.slice(0, 20).every((s) => s === 303)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});

describe('reset password', () => {
  it('sets the new password; opening the link alone used nothing up; the link works once', async () => {
    t.clock.advance(HOUR);
    await signUpAs(t.app, 'forgetful@example.com');
    const token = await resetLink('forgetful@example.com');
    const scanner = browser(t.app);
    expect((await scanner.get(`/reset-password?token=${token}`)).status).toBe(200);
    const b = browser(t.app);
    const res = await setNewPassword(b, token);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/signin?notice=reset');
    expect((await signIn('forgetful@example.com', NEW_PASSWORD)).ok).toBe(true);
    expect((await signIn('forgetful@example.com', PASSWORD)).ok).toBe(false);
    // The link reached the address, so the address counts as verified.
    const user = await t.db('users').where({ email: 'forgetful@example.com' }).first();
    expect(user.email_verified_at).not.toBeNull();
    const again = await b.get(`/reset-password?token=${token}`);
    expect(again.status).toBe(400);
    const csrf = csrfTokenOf((await b.get('/signin')).text);
    const replay = await b
      .post('/reset-password')
      .type('form')
      .send({ csrf_token: csrf, token, new_password: 'yet another password' });
    expect(replay.status).toBe(400);
    expect((await signIn('forgetful@example.com', NEW_PASSWORD)).ok).toBe(true);
  });

  it('A17: ends every session and every app’s refresh token', async () => {
    t.clock.advance(HOUR);
    const me = await signUpAs(t.app, 'revoked@example.com');
    const { id: clientId } = await createClient(
      t.db,
      {
        name: 'Some app',
        redirectUris: ['https://app.example/callback'],
        scopes: ['tasks:read'],
        isPublic: true,
      },
      t.clock.now(),
    ).then((c) => ({ id: c.clientId }));
    const { verifier, challenge } = pkce();
    const to = await authorizeAndAllow(me, {
      client_id: clientId,
      redirect_uri: 'https://app.example/callback',
      scope: 'tasks:read',
      state: 's',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    const tokens = (
      await t.request
        .post('/oauth/token')
        .type('form')
        .send({
          grant_type: 'authorization_code',
          code: to.searchParams.get('code'),
          redirect_uri: 'https://app.example/callback',
          client_id: clientId,
          code_verifier: verifier,
        })
    ).body;
    expect(tokens.refresh_token).toBeTruthy();
    secrets.push(tokens.refresh_token, tokens.access_token);

    const token = await resetLink('revoked@example.com');
    expect((await setNewPassword(browser(t.app), token)).status).toBe(303);
    expect((await me.get('/account')).status).toBe(303);
    const refreshed = await t.request.post('/oauth/token').type('form').send({
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
      client_id: clientId,
    });
    expect(refreshed.body.error).toBe('invalid_grant');
  });

  it('a link works for one hour, and a newer link does not stop an older one until one is used', async () => {
    t.clock.advance(HOUR);
    await signUpAs(t.app, 'slow@example.com');
    const first = await resetLink('slow@example.com');
    const second = await resetLink('slow@example.com');
    t.clock.advance(HOUR - 1000);
    expect((await t.request.get(`/reset-password?token=${first}`)).status).toBe(200);
    expect((await setNewPassword(browser(t.app), second)).status).toBe(303);
    expect((await t.request.get(`/reset-password?token=${first}`)).status).toBe(400);
    const third = await resetLink('slow@example.com');
    t.clock.advance(HOUR);
    const b = browser(t.app);
    expect((await b.get(`/reset-password?token=${third}`)).status).toBe(400);
    const csrf = csrfTokenOf((await b.get('/signin')).text);
    const late = await b
      .post('/reset-password')
      .type('form')
      .send({ csrf_token: csrf, token: third, new_password: 'too late a password' });
    expect(late.status).toBe(400);
    expect((await signIn('slow@example.com', NEW_PASSWORD)).ok).toBe(true);
  });

  it('sends a too-short password back to the form, leaving the link usable', async () => {
    t.clock.advance(HOUR);
    await signUpAs(t.app, 'short@example.com');
    const token = await resetLink('short@example.com');
    const res = await setNewPassword(browser(t.app), token, 'short');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/reset-password?token=${token}&error=password`);
    const form = await t.request.get(res.headers.location as string);
    expect(form.text).toContain('Choose a password of 10 to 200 characters');
    expect((await setNewPassword(browser(t.app), token)).status).toBe(303);
  });

  it('refuses a reset without this browser’s CSRF token (A7)', async () => {
    t.clock.advance(HOUR);
    await signUpAs(t.app, 'forged@example.com');
    const token = await resetLink('forged@example.com');
    const res = await browser(t.app)
      .post('/reset-password')
      .type('form')
      .send({ token, new_password: 'an attacker password' });
    expect(res.status).toBe(403);
    expect((await t.request.get(`/reset-password?token=${token}`)).status).toBe(200);
  });

  it('R11: no log line carries a reset token, a password or a refresh token', () => {
    expect(secrets.length).toBeGreaterThan(5);
    const logs = t.rawLogs();
    for (const secret of [...secrets, NEW_PASSWORD, PASSWORD]) expect(logs).not.toContain(secret);
  });
});
