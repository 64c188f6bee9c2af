import type { Browser } from 'playwright-core';
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

let db: TestDb;
let tend: RunningTend;
let chromium: Browser;

beforeAll(async () => {
  if (!chromiumFound) return;
  db = await createTestDb();
  tend = await startTend(db.db);
  chromium = await openBrowser();
});
afterAll(async () => {
  if (!chromiumFound) return;
  await chromium.close();
  await tend.close();
  await db.destroy();
});

describe.skipIf(!chromiumFound)('Today and Tasks in a browser', () => {
  it('adds a task in words on Today, completes it with one click, and finds it under done', async () => {
    const context = await chromium.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
    const page = await newPage(context);

    await page.goto(`${tend.base}/`);
    await expect(page.getByRole('link', { name: 'Create an account' }).isVisible()).resolves.toBe(
      true,
    );
    await lookAt(page, 'front-door');

    await signUpInBrowser(page, tend.base, { email: 'browser@example.com' });
    await page.goto(`${tend.base}/`);
    await page.getByLabel('Add a task in your own words').fill('Buy flea meds friday 5pm');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForURL(/\/\?added=/);
    const status = page.getByRole('status');
    await expect(status.textContent()).resolves.toMatch(
      /^Added “Buy flea meds”, due Fri \d{1,2} \w{3} 17:00\.$/,
    );
    const item = page.locator('li.task', { hasText: 'Buy flea meds' });
    await expect(item.textContent()).resolves.toMatch(/due Fri \d{1,2} \w{3} 17:00/);
    await lookAt(page, 'today');

    await item.getByRole('button', { name: 'Complete Buy flea meds' }).click();
    await page.waitForURL(/\/\?done=/);
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Done: “Buy flea meds”.',
    );
    await expect(page.locator('li.task', { hasText: 'Buy flea meds' }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Tasks', exact: true }).click();
    await page.getByLabel('Show').selectOption('done');
    await page.getByRole('button', { name: 'Show tasks' }).click();
    await page.waitForURL(/status=done/);
    const done = page.locator('li.task.done', { hasText: 'Buy flea meds' });
    await expect(done.count()).resolves.toBe(1);

    await page.goto(`${tend.base}/tasks`);
    await page.getByLabel('What to do').fill('Take Max to the groomer');
    await page.getByLabel('When').fill('next tuesday 10am');
    await page.getByLabel('Repeats').fill('every 2 months');
    await page.getByLabel('Tags').fill('grooming');
    await page.getByRole('button', { name: 'Add task' }).click();
    await page.waitForURL(/\/tasks\?added=/);
    await lookAt(page, 'tasks');

    await page.getByRole('link', { name: 'Take Max to the groomer' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Take Max to the groomer',
    );
    await lookAt(page, 'task');

    await page.goto(`${tend.base}/search?q=flea`);
    await expect(page.getByRole('link', { name: 'Buy flea meds' }).count()).resolves.toBe(1);
    await lookAt(page, 'search');
    await context.close();
  });
});
