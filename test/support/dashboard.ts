import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type App, type AppDeps, buildApp } from '../../src/app/build-app.ts';
import type { Db } from '../../src/db/connect.ts';
import { createLogger } from '../../src/http/logger.ts';
import { launchChromium } from './chromium.ts';

/** Where screenshots go for a person to look at (git-ignored). */
export const PAGE_ARTIFACTS = new URL('../artifacts/pages/', import.meta.url).pathname;

export interface RunningTend extends App {
  /** `http://127.0.0.1:<port>`, also Tend's public URL. */
  base: string;
  close(): Promise<void>;
}

/** Tend on a real port of its own, as a browser reaches it. */
export async function startTend(
  db: Db,
  extra: Partial<Omit<AppDeps, 'db' | 'log'>> = {},
): Promise<RunningTend> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const built = await buildApp({
    ...extra,
    config: { publicUrl: base, validateResponses: true, ...extra.config },
    db,
    log: createLogger('silent'),
  });
  server.on('request', built.app);
  return {
    ...built,
    base,
    async close() {
      await built.changes.stop();
      await built.credentials.stop();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** One browser per test file; each person gets a context of their own. */
export async function openBrowser(): Promise<Browser> {
  mkdirSync(PAGE_ARTIFACTS, { recursive: true });
  return launchChromium();
}

/**
 * A page that fails its test on any console error, so a script the content security
 * policy refused, or one that throws, does not pass unseen.
 */
export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') throw new Error(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

/** Signs a new person up through the page, with the time zone the page detected. */
export async function signUpInBrowser(
  page: Page,
  base: string,
  person: { email: string; name?: string; password?: string },
): Promise<void> {
  await page.goto(`${base}/signup`);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Your name').fill(person.name ?? 'Test Person');
  await page.getByLabel('Password').fill(person.password ?? 'correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signup'));
}

/**
 * Looks at a page as a person and a screen reader would: axe finds no serious or
 * critical violation, and screenshots at desktop and phone widths are kept under
 * test/artifacts/pages/ for a human to open.
 */
export async function lookAt(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(serious, `axe on ${name} (${page.url()})`).toEqual([]);
  const viewport = page.viewportSize();
  for (const [label, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${PAGE_ARTIFACTS}${name}-${label}.png`, fullPage: true });
  }
  if (viewport) await page.setViewportSize(viewport);
}
