import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumFound } from '../support/chromium.ts';
import {
  lookAt,
  openBrowser,
  type RunningTend,
  signUpInBrowser,
  startTend,
} from '../support/dashboard.ts';
import { createTestDb, type TestDb } from '../support/db.ts';

/**
 * The Reminders page in Chromium: chosen by keyboard, saved, and the notifications button,
 * which registers Tend's service worker. (Headless Chromium has no push service of its own
 * to subscribe to; the push itself is tested against the stand-in in push.test.ts.)
 */
let testDb: TestDb;
let tend: RunningTend;
let browser: Browser;

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
 * A page failing on console errors like `newPage`'s, except Chromium's own note that its
 * incognito profile (every automated context) has no Push API: that refusal is the case
 * the page's script handles here.
 */
async function pageAllowingNoPush(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('Push API in incognito')) {
      throw new Error(`console error on ${page.url()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

describe.skipIf(!chromiumFound)('in Chromium: the Reminders page', () => {
  it('saves a morning digest by keyboard and registers the service worker', async () => {
    const context = await browser.newContext({ timezoneId: 'Europe/Berlin' });
    await context.grantPermissions(['notifications'], { origin: tend.base });
    const page = await pageAllowingNoPush(context);
    await signUpInBrowser(page, tend.base, { email: 'reminded@example.com' });
    await page.goto(`${tend.base}/account/reminders`);
    await expect.poll(() => page.locator('#push-turn-on').isVisible()).toBe(true);
    await lookAt(page, 'account-reminders');

    await page.getByLabel('One mail each morning').focus();
    await page.keyboard.press('Space');
    await page.getByLabel(/Morning hour/).selectOption('7');
    await page.getByRole('button', { name: 'Save' }).press('Enter');
    await page.waitForURL(/saved=1/);
    expect(await page.getByLabel('One mail each morning').isChecked()).toBe(true);
    expect(await page.getByLabel(/Morning hour/).inputValue()).toBe('7');

    await page.getByRole('button', { name: 'Turn on notifications on this device' }).click();
    await expect
      .poll(() => page.locator('#push-status').textContent(), { timeout: 15_000 })
      .toBe('This browser could not turn notifications on. Try again, or use another browser.');
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration('/');
      return registration?.scope;
    });
    expect(scope).toBe(`${tend.base}/`);
    await context.close();
  });
});
