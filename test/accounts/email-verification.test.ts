import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL, type TestApp } from '../support/app.ts';
import { browser, csrfTokenOf, signUpAs } from '../support/browser.ts';
import { lastMailTo, tokenIn } from '../support/mail.ts';

let t: TestApp;
const tokens: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function signUpAndGetToken(email: string) {
  const b = await signUpAs(t.app, email);
  const mail = lastMailTo(t.outbox, email);
  const token = tokenIn(mail.text, '/verify');
  tokens.push(token);
  return { b, mail, token };
}

/** Opens the link and presses Confirm, as the person would. */
async function confirm(b: ReturnType<typeof browser>, token: string) {
  const shown = await b.get(`/verify?token=${token}`);
  expect(shown.status).toBe(200);
  return b
    .post('/verify')
    .type('form')
    .send({ csrf_token: csrfTokenOf(shown.text), token });
}

describe('email verification', () => {
  it('sign-up mails a link to /verify whose token is stored only as a hash', async () => {
    const { mail, token } = await signUpAndGetToken('vera@example.com');
    expect(mail.subject).toBe('Confirm your email address for Tend');
    expect(mail.text).toContain(`${PUBLIC_URL}/verify?token=${token}`);
    expect(mail.html).toContain(`${PUBLIC_URL}/verify?token=${token}`);
    const rows = await t.db('mail_tokens').select('*');
    expect(rows.some((r) => r.purpose === 'verify_email')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('opening the link changes nothing (mail scanners fetch links); Confirm verifies once', async () => {
    const { b, token } = await signUpAndGetToken('scan@example.com');
    const scanner = browser(t.app);
    expect((await scanner.get(`/verify?token=${token}`)).status).toBe(200);
    expect((await scanner.get(`/verify?token=${token}`)).status).toBe(200);
    const user = () => t.db('users').where({ email: 'scan@example.com' }).first();
    expect((await user()).email_verified_at).toBeNull();

    const res = await confirm(b, token);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/account?email=verified');
    expect((await user()).email_verified_at).toEqual(t.clock.now());
    const home = await b.get('/account?email=verified');
    expect(home.text).toContain('Your email address is confirmed');
    expect(home.text).not.toContain('Verify your email address');

    const again = await b.get(`/verify?token=${token}`);
    expect(again.status).toBe(400);
    expect(again.text).toContain('This link no longer works');
  });

  it('of two Confirms of one link exactly one uses it up', async () => {
    const { b, token } = await signUpAndGetToken('twice@example.com');
    const shown = await b.get(`/verify?token=${token}`);
    const post = () =>
      b
        .post('/verify')
        .type('form')
        .send({ csrf_token: csrfTokenOf(shown.text), token });
    const statuses = (await Promise.all([post(), post()])).map((r) => r.status).sort();
    expect(statuses).toEqual([303, 400]);
  });

  it('confirmed in another browser, sends the person to sign in', async () => {
    const { token } = await signUpAndGetToken('phone@example.com');
    const res = await confirm(browser(t.app), token);
    expect(res.headers.location).toBe('/signin?notice=verified');
    const signin = await browser(t.app).get('/signin?notice=verified');
    expect(signin.text).toContain('Your email address is confirmed');
  });

  it('refuses a Confirm without this browser’s CSRF token (A7)', async () => {
    const { token } = await signUpAndGetToken('csrf@example.com');
    const res = await browser(t.app).post('/verify').type('form').send({ token });
    expect(res.status).toBe(403);
    expect(
      (await t.db('users').where({ email: 'csrf@example.com' }).first()).email_verified_at,
    ).toBeNull();
  });

  it('a link works for 24 hours', async () => {
    const { token } = await signUpAndGetToken('late@example.com');
    const b = browser(t.app);
    t.clock.advance(24 * 60 * 60 * 1000 - 1000);
    expect((await b.get(`/verify?token=${token}`)).status).toBe(200);
    t.clock.advance(1000);
    expect((await b.get(`/verify?token=${token}`)).status).toBe(400);
    const csrf = csrfTokenOf((await b.get('/signin')).text);
    const late = await b.post('/verify').type('form').send({ csrf_token: csrf, token });
    expect(late.status).toBe(400);
    expect(
      (await t.db('users').where({ email: 'late@example.com' }).first()).email_verified_at,
    ).toBeNull();
  });

  it('answers an unknown or missing token with the same page', async () => {
    for (const query of ['', '?token=', '?token=nope', `?token=${'x'.repeat(500)}`]) {
      const res = await t.request.get(`/verify${query}`);
      expect(res.status, query).toBe(400);
      expect(res.text).toContain('This link no longer works');
    }
  });

  it('the dashboard asks to verify until done; a resend mails a new link, throttled', async () => {
    t.clock.advance(60 * 60 * 1000);
    const { b, token: first } = await signUpAndGetToken('resend@example.com');
    const home = await b.get('/account');
    expect(home.text).toContain('Verify your email address');
    const resend = () =>
      b
        .post('/account/verify-email')
        .type('form')
        .send({ csrf_token: csrfTokenOf(home.text) });
    const res = await resend();
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/account?email=sent');
    expect((await b.get('/account?email=sent')).text).toContain('A new link is on its way');
    const second = tokenIn(lastMailTo(t.outbox, 'resend@example.com').text, '/verify');
    tokens.push(second);
    expect(second).not.toBe(first);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await resend()).status);
    expect(statuses).toEqual([303, 303, 303, 303, 429]);

    // Once one link has worked, the others stop.
    expect((await confirm(b, second)).status).toBe(303);
    expect((await b.get(`/verify?token=${first}`)).status).toBe(400);
    expect((await b.get('/account')).text).not.toContain('Verify your email address');
    expect((await resend()).headers.location).toBe('/account');
  });

  it('R11: no log line carries a verification token', () => {
    expect(tokens.length).toBeGreaterThan(5);
    const logs = t.rawLogs();
    expect(logs).toContain('mail kept in the dev outbox');
    for (const token of tokens) expect(logs).not.toContain(token);
  });
});
