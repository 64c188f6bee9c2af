import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createClient } from '../../src/oauth/clients.ts';
import { chromiumFound, launchChromium } from '../support/chromium.ts';
import { FakeClock } from '../support/clock.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

/**
 * The whole way a person comes to Tend, in a real browser: sign up, confirm the address
 * from the mail a real SMTP server received, sign in, let an app connect, and the app
 * uses what it was given. Screenshots land in test/artifacts/ for a human to look at.
 */
const found = chromiumFound;
if (!found) {
  console.log('Chromium not found: install it (apt-get install chromium) to run the browser tests');
}
const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

let testDb: TestDb;
let smtp: TestSmtpServer;
let server: Server;
let issuer: string;
let callbackServer: Server;
let callbackBase: string;
let browser: Browser;
const callbacks: URL[] = [];
const logChunks: string[] = [];

async function listen(s: Server): Promise<string> {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

describe.skipIf(!found)('in Chromium: sign-up → verify → sign-in → consent → code', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    testDb = await createTestDb();
    smtp = await startSmtpServer();
    server = createServer();
    issuer = await listen(server);
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logChunks.push(chunk.toString());
        done();
      },
    });
    const { app } = await buildApp({
      config: { publicUrl: issuer, validateResponses: true, smtpUrl: smtp.url },
      db: testDb.db,
      log: createLogger('info', sink),
      now: new FakeClock(new Date()).now,
    });
    server.on('request', app);
    // The app's redirect URI: it records what it is sent and says so.
    callbackServer = createServer((req, res) => {
      const url = new URL(req.url ?? '/', callbackBase);
      if (url.pathname === '/callback') callbacks.push(url);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Connected</title><p>The app received the code.</p>');
    });
    callbackBase = await listen(callbackServer);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => callbackServer?.close(resolve));
    await new Promise((resolve) => server?.close(resolve));
    await smtp?.close();
    await testDb?.destroy();
  });

  it('works end to end, with no page breaking its own content security policy', async () => {
    const email = 'rosa@example.com';
    const password = 'a long browser password';
    const problems: string[] = [];

    // Sign up on a laptop.
    const laptop = await browser.newContext();
    const signup = await laptop.newPage();
    signup.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await signup.goto(`${issuer}/signup`);
    await signup.getByLabel('Email').fill(email);
    await signup.getByLabel('Your name').fill('Rosa');
    await signup.getByLabel('Password').fill(password);
    await signup.getByRole('button', { name: 'Create account' }).click();
    await signup.waitForURL(`${issuer}/account`);
    expect(await signup.getByText('Verify your email address').count()).toBe(1);

    // Open the mail's link on a phone, which has no session.
    const mail = await smtp.waitForMail(email);
    const link = new RegExp(`${issuer}/verify\\?token=[A-Za-z0-9_-]+`).exec(mail.text)?.[0];
    expect(link).toBeTruthy();
    const phone = await browser.newContext();
    const page = await phone.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(link as string);
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    await page.waitForURL(`${issuer}/signin?notice=verified`);
    expect(await page.getByText('Your email address is confirmed').count()).toBe(1);
    // The stylesheet is allowed by the pages' policy and applied.
    expect(
      await page
        .locator('header.site')
        .evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor),
    ).toBe('rgb(47, 111, 79)');

    // Sign in there.
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${issuer}/account`);
    expect(await page.getByText('Verify your email address').count()).toBe(0);

    // An app asks to connect, with PKCE.
    const redirectUri = `${callbackBase}/callback`;
    const { clientId } = await createClient(
      testDb.db,
      {
        name: 'Garden Planner',
        redirectUris: [redirectUri],
        scopes: ['tasks:read', 'tasks:write'],
        isPublic: true,
      },
      new Date(),
    );
    const verifier = randomBytes(32).toString('base64url');
    const state = randomBytes(16).toString('base64url');
    const authorize = new URL(`${issuer}/oauth/authorize`);
    for (const [name, value] of Object.entries({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: redirectUri,
      scope: 'tasks:read tasks:write',
      state,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    })) {
      authorize.searchParams.set(name, value);
    }
    await page.goto(authorize.toString());
    expect(
      await page.getByRole('heading', { name: 'Connect Garden Planner to Tend?' }).count(),
    ).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}consent.png`, fullPage: true });
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL(`${redirectUri}?**`);

    // The app receives code, state and iss (RFC 9207), and the code works.
    expect(callbacks).toHaveLength(1);
    const callback = callbacks[0] as URL;
    expect(callback.searchParams.get('state')).toBe(state);
    expect(callback.searchParams.get('iss')).toBe(issuer);
    const code = callback.searchParams.get('code') as string;
    expect(code).toBeTruthy();
    const tokenRes = await fetch(`${issuer}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: clientId,
        code_verifier: verifier,
      }),
    });
    expect(tokenRes.status).toBe(200);
    const tokens = (await tokenRes.json()) as { access_token: string; scope: string };
    expect(tokens.scope).toBe('tasks:read tasks:write');
    const tasks = await fetch(`${issuer}/v1/tasks`, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    });
    expect(tasks.status).toBe(200);

    // The account's Connections page lists the app.
    await page.goto(`${issuer}/account/connections`);
    expect(await page.getByText('Garden Planner').count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}dashboard.png`, fullPage: true });

    expect(problems).toEqual([]);
    const logs = logChunks.join('');
    for (const secret of [password, code, tokens.access_token, link as string]) {
      expect(logs).not.toContain(secret);
    }
    await laptop.close();
    await phone.close();
  }, 180_000);
});
