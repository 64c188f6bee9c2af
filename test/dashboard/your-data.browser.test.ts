import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { ALL_SCOPES } from '../../src/auth/principal.ts';
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
 * Moving house with Tend: A downloads everything from the page, B (a new account in
 * another browser) uploads the file, and B's download is the very same file; then B adds
 * records from a spreadsheet, seeing each row before anything is made.
 */
describe('Your data in a browser', () => {
  let testDb: TestDb;
  let tend: RunningTend;
  let chromium: Browser;

  beforeAll(async () => {
    testDb = await createTestDb();
    tend = await startTend(testDb.db);
    chromium = await openBrowser();
  });
  afterAll(async () => {
    await chromium?.close();
    await tend?.close();
    await testDb?.destroy();
  });

  /** A key for the API, to add things and to check them as any client would. */
  async function apiFor(email: string) {
    const user = await testDb.db('users').where({ email }).first('id');
    const { key } = await createApiKey(testDb.db, {
      userId: user.id,
      name: 'test',
      scopes: [...ALL_SCOPES],
      now: new Date(),
    });
    return async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${tend.base}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      expect(res.status, `${method} ${path}`).toBeLessThan(300);
      return res.status === 204 ? undefined : res.json();
    };
  }

  async function downloadAll(page: Page, name: string): Promise<string> {
    await page.goto(`${tend.base}/account/data`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download all my data (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tend-export-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(tmpdir(), `${name}-${Date.now()}.json`);
    await download.saveAs(path);
    return path;
  }

  it('exports from one account, imports into another, and the two exports are equal', async () => {
    const contextA = await chromium.newContext({ acceptDownloads: true });
    const pageA = await newPage(contextA);
    await signUpInBrowser(pageA, tend.base, { email: 'a@example.com', name: 'Alex' });
    const apiA = await apiFor('a@example.com');
    const luna = await apiA('POST', '/v1/subjects', { name: 'Luna', kind: 'pet', species: 'cat' });
    await apiA('POST', '/v1/records', {
      subject_id: luna.id,
      type: 'weight',
      value_text: '4.3 kg',
      when: '2026-11-01',
      tags: ['vet'],
    });
    await apiA('POST', '/v1/records', {
      subject_id: luna.id,
      type: 'vaccination',
      title: 'Rabies',
      when: '2026-10-01',
      next_due_text: 'in 1 year',
    });
    await apiA('POST', '/v1/tasks', {
      title: 'Brush Luna',
      repeat: 'every week',
      subject_id: luna.id,
    });
    const done = await apiA('POST', '/v1/tasks', { title: 'Buy litter', tags: ['errands'] });
    await apiA('POST', `/v1/tasks/${done.id}/complete`);

    await pageA.goto(`${tend.base}/account/data`);
    await lookAt(pageA, 'your-data');
    const fileA = await downloadAll(pageA, 'a');

    const contextB = await chromium.newContext({ acceptDownloads: true });
    const pageB = await newPage(contextB);
    await signUpInBrowser(pageB, tend.base, { email: 'b@example.com', name: 'Bo' });
    await pageB.goto(`${tend.base}/account/data`);
    await pageB.getByLabel('Tend file (JSON, up to 20 MB)').setInputFiles(fileA);
    await pageB.getByRole('button', { name: 'Import this file' }).click();
    await expect
      .poll(() => pageB.getByRole('status').textContent())
      .toBe('Imported: 1 other people and pets, 2 tasks and 2 records.');
    const fileB = await downloadAll(pageB, 'b');
    expect(readFileSync(fileB, 'utf8')).toBe(readFileSync(fileA, 'utf8'));
    await contextA.close();

    // A spreadsheet: two rows that can be added, one that cannot.
    const apiB = await apiFor('b@example.com');
    const before = (await apiB('GET', '/v1/records?limit=100')).items.length;
    await pageB.goto(`${tend.base}/account/data`);
    await pageB.getByLabel('Spreadsheet (CSV, up to 2 MB)').setInputFiles({
      name: 'weights.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Date,Name,Type,Value,Unit,Notes\n2026-11-10,Luna,weight,9 lbs 8 oz,,Home scale\n11 November 2026,Luna,weight,4.4,kg,\n2026-11-12,Max,weight,30,kg,\n',
      ),
    });
    await pageB.getByRole('button', { name: 'Show what will be added' }).click();
    await pageB.getByRole('heading', { name: 'To be added (2)' }).waitFor();
    await pageB.getByRole('heading', { name: 'Cannot be added (1)' }).waitFor();
    // The heading row and the two records.
    expect(await pageB.getByRole('table').getByRole('row').count()).toBe(3);
    expect(await pageB.getByRole('listitem').filter({ hasText: 'Row 4' }).textContent()).toContain(
      'no person or pet is called “Max”',
    );
    await lookAt(pageB, 'your-data-preview');
    await pageB.getByRole('button', { name: 'Create these 2 records' }).click();
    await expect.poll(() => pageB.getByRole('status').textContent()).toBe('Added 2 records.');
    const after = (await apiB('GET', '/v1/records?limit=100')).items;
    expect(after.length).toBe(before + 2);
    expect(after.map((r: { value_text: string | null }) => r.value_text)).toEqual(
      expect.arrayContaining(['9 lbs 8 oz', '4.4 kg']),
    );
    await contextB.close();
  });
});
