import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumFound } from '../support/chromium.ts';
import {
  lookAt,
  newPage,
  openBrowser,
  type RunningTend,
  signUpInBrowser,
  startTend,
} from '../support/dashboard.ts';
import { createTestDb, type TestDb } from '../support/db.ts';

/**
 * A person's account in a real browser: sign up in Chicago's time zone as detected,
 * connect ChatGPT and change its callback (and ChatGPT then signs in with the new one),
 * make and revoke a key, and read all of it back in the security log.
 */
let testDb: TestDb;
let tend: RunningTend;
let browser: Browser;

const EMAIL = 'chicago@example.com';
const PASSWORD = 'a long browser password';
const callback = (id: string) => `https://chatgpt.com/aip/g-${id}/oauth/callback`;

beforeAll(async () => {
  testDb = await createTestDb();
  tend = await startTend(testDb.db);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await tend?.close();
  await testDb?.destroy();
});

/**
 * A page failing on console errors like `newPage`'s, except Chromium's note that a page
 * answered 422: a refused form comes back that way on purpose, with what was typed.
 */
async function pageAllowing422(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('status of 422')) {
      throw new Error(`console error on ${page.url()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

/** What the GPT editor is told to paste, read off the client's page. */
async function cell(page: Page, label: string): Promise<string> {
  return (
    (await page
      .locator('tr', { has: page.getByRole('rowheader', { name: label }) })
      .locator('code')
      .textContent()) ?? ''
  );
}

describe.skipIf(!chromiumFound)('in Chromium: the account, its connections and its log', () => {
  it('works end to end, readable at phone and desktop widths', async () => {
    const context = await browser.newContext({ timezoneId: 'America/Chicago' });
    const page = await newPage(context);

    // Sign-up picks the browser's zone by itself.
    await page.goto(`${tend.base}/signup`);
    await expect
      .poll(() => page.locator('select[name="timezone"]').inputValue())
      .toBe('America/Chicago');
    await lookAt(page, 'account-sign-up');
    await signUpInBrowser(page, tend.base, { email: EMAIL, password: PASSWORD, name: 'Casey' });
    const user = await testDb.db('users').where({ email: EMAIL }).first('timezone');
    expect(user.timezone).toBe('America/Chicago');

    await page.goto(`${tend.base}/account`);
    await expect.poll(() => page.getByText('Signed in as').count()).toBe(1);
    await lookAt(page, 'account-hub');

    // Connect ChatGPT, and paste two callbacks one after the other.
    await page.getByRole('link', { name: 'Connections' }).first().click();
    await page.getByRole('button', { name: 'Connect ChatGPT' }).click();
    await page.waitForURL(/\/account\/chatgpt\/tc_/);
    const clientId = await cell(page, 'Client ID');
    const secret = await cell(page, 'Client Secret');
    expect(secret).toMatch(/^tcs_/);
    await lookAt(page, 'account-chatgpt');
    const field = page.getByLabel('Callback URL shown by the GPT editor');
    await field.fill(callback('first1'));
    await page.getByRole('button', { name: 'Save callback URL' }).click();
    await page.getByText('The callback URL was saved.').waitFor();
    const changed = callback('second2');
    await field.fill(changed);
    await page.getByRole('button', { name: 'Save callback URL' }).click();
    await page.getByText('The callback URL was saved.').waitFor();

    // ChatGPT sends the person to authorize with the new callback; Allow brings a code.
    await page.route('https://chatgpt.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/plain', body: 'ChatGPT' }),
    );
    const authorize = new URL(`${tend.base}/oauth/authorize`);
    for (const [name, value] of Object.entries({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: changed,
      scope: 'tasks:read tasks:write',
      state: 'gpt-state',
    })) {
      authorize.searchParams.set(name, value);
    }
    await page.goto(authorize.toString());
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL((url) => url.href.startsWith(changed));
    const code = new URL(page.url()).searchParams.get('code') ?? '';
    const tokens = await fetch(`${tend.base}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: changed,
        client_id: clientId,
        client_secret: secret,
      }),
    });
    expect(tokens.status).toBe(200);

    // The Connections page shows the pinned callback and the connected app.
    await page.goto(`${tend.base}/account/connections`);
    await page.getByText(changed).first().waitFor();
    await lookAt(page, 'account-connections');

    // A key, made and revoked.
    await page.getByLabel('Name').fill('Browser key');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText('Copy your new key now').waitFor();
    await page.getByRole('link', { name: 'Back to your connections' }).click();
    await page
      .locator('tr', { hasText: 'Browser key' })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await page.getByText('The key was revoked').waitFor();

    // The app is disconnected.
    await page.getByRole('button', { name: 'Disconnect' }).click();
    await page.getByText('No apps are connected.').waitFor();

    // Elsewhere, a wrong password first (the address stays typed), then the right one.
    const elsewhere = await browser.newContext({ timezoneId: 'America/Chicago' });
    const other = await pageAllowing422(elsewhere);
    await other.goto(`${tend.base}/signin`);
    await other.getByLabel('Email').fill(EMAIL);
    await other.getByLabel('Password').fill('not my password');
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.getByText('That email and password do not match an account.').waitFor();
    expect(await other.getByLabel('Email').inputValue()).toBe(EMAIL);
    await lookAt(other, 'account-sign-in');
    await other.getByLabel('Password').fill(PASSWORD);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.waitForURL(`${tend.base}/account`);
    await elsewhere.close();

    await page.goto(`${tend.base}/account/security`);
    const log = page.locator('table.security-log tbody');
    for (const what of [
      'Failed sign-in (wrong password)',
      'Signed in',
      'API key created: Browser key',
      'API key revoked: Browser key',
      'App connected: ChatGPT',
      'App disconnected: ChatGPT',
    ]) {
      expect(await log.getByText(what, { exact: true }).count(), what).toBeGreaterThanOrEqual(1);
    }
    expect(await log.getByText('Chrome on Linux').count()).toBeGreaterThanOrEqual(1);
    await lookAt(page, 'account-security');

    await page.getByRole('link', { name: 'Password' }).first().click();
    await page.getByLabel('Current password').waitFor();
    await lookAt(page, 'account-password');
    await context.close();
  }, 240_000);
});
