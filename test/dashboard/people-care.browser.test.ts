import type { Browser, Page } from 'playwright-core';
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
import { apiKeyFor } from './people-helpers.ts';

/**
 * A person keeps a cat's weights in a real browser: adds Luna and three weights through
 * the pages, and the chart the page draws holds exactly getTrend's numbers; then corrects
 * one weight and deletes another, and the chart follows.
 */
const EMAIL = 'luna.owner@example.com';

let db: TestDb;
let tend: RunningTend;
let browser: Browser;
let page: Page;

/** A day this many days back, as the date field takes it. */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** getTrend through the API, as any client of Tend reads it. */
async function trendOf(subjectId: string): Promise<{ date: string; value: number }[]> {
  const res = await fetch(`${tend.base}/v1/trends?subject_id=${subjectId}&metric=weight`, {
    headers: { Authorization: await apiKeyFor(db.db, EMAIL) },
  });
  expect(res.status).toBe(200);
  const trend = (await res.json()) as { series: { bucket_start: string; avg: number }[] };
  return trend.series.map((p) => ({ date: p.bucket_start, value: p.avg }));
}

/** What uPlot was handed to draw, as the chart script wrote it back. */
async function drawnPoints(): Promise<{ date: string; value: number }[]> {
  const chart = page.locator('.trend-chart[data-drawn]');
  await chart.waitFor();
  await expect.poll(() => page.locator('.trend-chart canvas').count()).toBe(1);
  return JSON.parse((await chart.getAttribute('data-drawn')) as string);
}

async function addWeight(subjectId: string, when: string, value: string): Promise<void> {
  await page.goto(`${tend.base}/people/${subjectId}`);
  await page.getByRole('link', { name: 'Add a record' }).click();
  await page.getByLabel('Type').selectOption('weight');
  await page.getByLabel('When').fill(when);
  await page.getByLabel('Value with its unit').fill(value);
  await page.getByRole('button', { name: 'Add record' }).click();
  await page.waitForURL(`**/people/${subjectId}?added=1`);
}

describe.skipIf(!chromiumFound)('in Chromium: a pet, its weights and their chart', () => {
  beforeAll(async () => {
    db = await createTestDb();
    tend = await startTend(db.db);
    browser = await openBrowser();
    page = await newPage(await browser.newContext());
  });
  afterAll(async () => {
    await browser?.close();
    await tend?.close();
    await db?.destroy();
  });

  it('adds Luna, three weights, and draws exactly getTrend’s numbers; an edit and a delete follow', {
    timeout: 180_000,
  }, async () => {
    await signUpInBrowser(page, tend.base, { email: EMAIL });
    await page.goto(`${tend.base}/people`);
    await page.getByRole('link', { name: 'Add a person or pet' }).click();
    await page.getByLabel('Name').fill('Luna');
    await page.getByLabel('A pet').check();
    await page.getByLabel('Species').selectOption('cat');
    await page.getByLabel('Or their age').fill('about 3 years');
    await lookAt(page, 'people-add');
    await page.getByRole('button', { name: 'Add' }).click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    const lunaId = new URL(page.url()).pathname.split('/')[2] as string;
    await expect.poll(() => page.locator('h1').textContent()).toBe('Luna');

    await page.goto(`${tend.base}/people`);
    await expect.poll(() => page.getByRole('link', { name: 'Luna' }).count()).toBe(1);
    await lookAt(page, 'people-list');

    await addWeight(lunaId, daysAgo(70), '4.1 kg');
    await page.getByRole('link', { name: 'Add a record' }).click();
    await lookAt(page, 'record-add');
    await addWeight(lunaId, daysAgo(35), '9 lbs 4 oz');
    await addWeight(lunaId, daysAgo(3), '4.4 kg');

    const expected = await trendOf(lunaId);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(await drawnPoints()).toEqual(expected);
    const chart = page.getByRole('img', { name: /Luna: weight from/ });
    await expect.poll(() => chart.isVisible()).toBe(true);
    await lookAt(page, 'profile-chart');

    await page.getByRole('link', { name: 'The whole care log, with filters' }).click();
    await page.getByLabel('Type').selectOption('weight');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/care\?type=weight/);
    await expect.poll(() => page.locator('#care-log tbody tr').count()).toBe(3);
    await lookAt(page, 'care-log-weights');

    // The newest weight: corrected.
    await page.locator('#care-log tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/records\/[0-9a-f-]{36}$/);
    await lookAt(page, 'record');
    await page.getByLabel('Value with its unit').fill('4.6 kg');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\?saved=1$/);
    await expect.poll(() => page.locator('dl.facts').textContent()).toContain('4.6 kg');

    // The oldest: deleted.
    await page.goto(`${tend.base}/people/${lunaId}/care?type=weight`);
    await page.locator('#care-log tbody tr').last().getByRole('link').click();
    await page.getByRole('button', { name: 'Delete record' }).click();
    await page.waitForURL(/care\?deleted=1$/);
    await expect.poll(() => page.locator('#care-log tbody tr').count()).toBe(2);

    await page.goto(`${tend.base}/people/${lunaId}`);
    const after = await trendOf(lunaId);
    expect(await drawnPoints()).toEqual(after);
    expect(after.map((p) => p.value)).toContain(4.6);
    expect(after.map((p) => p.value)).not.toContain(4.1);
  });
});
