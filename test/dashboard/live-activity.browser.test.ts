import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { connectDb, type Db } from '../../src/db/connect.ts';
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
import { serverDbUrl } from '../support/db-template.ts';

/**
 * The Activity page in a real browser: a change an API key makes appears on the open page
 * by itself, and Undo on the page takes it back. On PostgreSQL, a second Tend on the same
 * database serves the page while the write goes to the first: the notice crosses over.
 */
const LIVE_WITHIN_MS = 2000;

let testDb: TestDb;
let tend: RunningTend;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let auth: string;
let second: { db: Db; tend: RunningTend } | undefined;

async function createTask(title: string): Promise<{ id: string }> {
  const res = await fetch(`${tend.base}/v1/tasks`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  expect(res.status).toBe(201);
  return res.json();
}

/** Opens the Activity page and waits until its live stream is open. */
async function openActivity(base: string): Promise<void> {
  await page.goto(`${base}/activity`);
  await page.waitForFunction(() => document.body.dataset.live === 'on');
}

/** How long after the write the entry stood on the open page, without a reload. */
async function appearsWithin(title: string): Promise<number> {
  const started = Date.now();
  await createTask(title);
  await page
    .locator('p.what', { hasText: `added the task “${title}”` })
    .waitFor({ state: 'visible', timeout: LIVE_WITHIN_MS * 3 });
  return Date.now() - started;
}

describe.skipIf(!chromiumFound)('in Chromium: the Activity page, live', () => {
  beforeAll(async () => {
    testDb = await createTestDb();
    tend = await startTend(testDb.db);
    browser = await openBrowser();
    context = await browser.newContext();
    page = await newPage(context);
    await signUpInBrowser(page, tend.base, { email: 'live@example.com', name: 'Lena' });
    const user = await testDb.db('users').where({ email: 'live@example.com' }).first('id');
    const { key } = await createApiKey(testDb.db, {
      userId: user.id,
      name: 'Shortcuts',
      scopes: ['tasks:read', 'tasks:write'],
      now: new Date(),
    });
    auth = `Bearer ${key}`;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await second?.tend.close();
    await second?.db.destroy();
    await tend?.close();
    await testDb?.destroy();
  });

  it('shows a task an API key adds within 2 s, and Undo on the page removes it', async () => {
    await openActivity(tend.base);
    await page.getByText('Nothing has changed yet').waitFor();
    const ms = await appearsWithin('Walk Luna');
    console.log(`live: the entry appeared ${ms} ms after the write`);
    expect(ms).toBeLessThan(LIVE_WITHIN_MS);
    expect(page.url()).toBe(`${tend.base}/activity`);
    await expect
      .poll(() => page.locator('#live-status').textContent(), { timeout: 2000 })
      .toBe('Updated');
    // A later change to it arrives the same way, its before and after in words.
    const [task] = await testDb.db('tasks').where({ title: 'Walk Luna' }).select('id');
    const changed = await fetch(`${tend.base}/v1/tasks/${task.id}`, {
      method: 'PATCH',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Walk Luna in the park', due_text: 'tomorrow 9am' }),
    });
    expect(changed.status).toBe(200);
    await page.locator('dt', { hasText: 'Due' }).waitFor({ timeout: LIVE_WITHIN_MS * 3 });
    await lookAt(page, 'activity');
    // Undo of the change first (newest), then of the create.
    await page.getByRole('button', { name: /^Undo: .*changed the task/ }).click();
    await page.waitForURL(/\/activity\?undone=/);

    await page.getByRole('button', { name: /^Undo: .*added the task “Walk Luna”/ }).click();
    await page.waitForURL(/\/activity\?undone=/);
    await page.getByText('Undone: Your API key “Shortcuts” added the task “Walk Luna”.').waitFor();
    const gone = await fetch(`${tend.base}/v1/tasks/${task.id}`, {
      headers: { authorization: auth },
    });
    expect(gone.status).toBe(404);
    await lookAt(page, 'activity-undone');
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'on PostgreSQL, a second Tend serving the page hears a write made on the first',
    async () => {
      const { rows } = await testDb.db.raw('select current_database() as name');
      const url = serverDbUrl(process.env.DATABASE_URL as string, rows[0].name);
      const db = await connectDb({ databaseUrl: url, poolMax: 2 });
      second = { db, tend: await startTend(db) };
      // The session is the database's: the same browser is signed in on the second Tend.
      await openActivity(second.tend.base);
      const ms = await appearsWithin('Brush Luna');
      console.log(`live across instances: the entry appeared ${ms} ms after the write`);
      expect(ms).toBeLessThan(LIVE_WITHIN_MS);
      expect(page.url()).toBe(`${second.tend.base}/activity`);
    },
  );
});
