import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app/build-app.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { exeBytes, pdfBytes } from '../records/files.ts';
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
 * A record's files in a real browser, without any script: a person uploads an invoice,
 * sees it listed, downloads the same bytes, is told clearly when a file is too large or of
 * a kind Tend does not keep (and nothing is stored), and deletes it.
 */
const CAP = 20_000;
const EMAIL = 'files@example.com';

let testDb: TestDb;
let tend: RunningTend;
let browser: Browser;
let page: Page;
let recordId: string;

async function storedFiles(): Promise<number> {
  const [row] = await testDb.db('attachments').where('record_id', recordId).count({ n: '*' });
  return Number(row?.n);
}

async function chooseAndUpload(file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('Add a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.waitForLoadState();
}

describe.skipIf(!chromiumFound)('in Chromium: the files of a care record', () => {
  beforeAll(async () => {
    testDb = await createTestDb();
    tend = await startTend(testDb.db, {
      config: { attachmentMaxBytes: CAP } as AppDeps['config'],
    });
    browser = await openBrowser();
    const context = await browser.newContext({ acceptDownloads: true });
    // Chrome logs a refused form's own answer (413, 415) as "Failed to load resource":
    // that status is what is being tested, so only that message of the document is let be.
    const plain = await context.newPage();
    plain.on('console', (m) => {
      const own = /status of 4\d\d/.test(m.text()) && m.location().url === plain.url();
      if (m.type() === 'error' && !own) throw new Error(`console error: ${m.text()}`);
    });
    plain.on('pageerror', (error) => {
      throw error;
    });
    page = plain;
    await signUpInBrowser(page, tend.base, { email: EMAIL, name: 'Sam' });
    // The record is made through the API, with a key of the person's own.
    const user = await testDb.db('users').where('email', EMAIL).first('id');
    const { key } = await createApiKey(testDb.db, {
      userId: user.id,
      name: 'test',
      scopes: ['records:read', 'records:write'],
      now: new Date(),
    });
    const res = await fetch(`${tend.base}/v1/records`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'visit', title: 'Vet check-up', details: 'Yearly check.' }),
    });
    expect(res.status).toBe(201);
    recordId = ((await res.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await browser?.close();
    await tend?.close();
    await testDb?.destroy();
  });

  it('uploads a PDF, lists it and downloads the same bytes', async () => {
    await page.goto(`${tend.base}/records/${recordId}/attachments`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Vet check-up',
    );
    await expect(page.getByText('No files yet.').isVisible()).resolves.toBe(true);
    await chooseAndUpload({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: pdfBytes() });
    expect(new URL(page.url()).pathname).toBe(`/records/${recordId}/attachments`);
    const link = page.getByRole('link', { name: 'invoice.pdf' });
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(page.locator('ul.attachment-list li').first().textContent()).resolves.toMatch(
      /PDF · \d+ bytes · added/,
    );

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('invoice.pdf');
    const saved = await readFile(await download.path());
    expect(Buffer.compare(saved, pdfBytes())).toBe(0);
    await lookAt(page, 'attachments');
  });

  it('says clearly that a file over the cap is too large, and stores nothing', async () => {
    await page.goto(`${tend.base}/records/${recordId}/attachments`);
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(CAP)]);
    await chooseAndUpload({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: big });
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain(
      'The file is larger than 20 KB, the most a record can keep. Nothing was stored.',
    );
    expect(await storedFiles()).toBe(1);
    await lookAt(page, 'attachments-too-large');
  });

  it('says clearly that a program is not a kind of file Tend keeps, whatever its name', async () => {
    await page.goto(`${tend.base}/records/${recordId}/attachments`);
    await chooseAndUpload({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: exeBytes() });
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'This file is not a PDF, JPEG, PNG, WebP, HEIC or GIF.',
    );
    expect(await storedFiles()).toBe(1);
  });

  it('deletes a file', async () => {
    await page.goto(`${tend.base}/records/${recordId}/attachments`);
    await page.getByRole('button', { name: 'Delete invoice.pdf' }).click();
    await page.waitForLoadState();
    await expect(page.getByText('No files yet.').isVisible()).resolves.toBe(true);
    expect(await storedFiles()).toBe(0);
  });
});
