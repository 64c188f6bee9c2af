import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import type { ModelEvent, ModelRequest } from '../../src/chat/providers/provider.ts';
import { ScriptedProvider } from '../support/chat.ts';
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
 * The widget on a page of the person's own, served from another origin than Tend's: the
 * snippet loads, the popup signs in with PKCE, a reply streams in, history survives a
 * reload; a site the widget does not allow is told so plainly (R14).
 */
let testDb: TestDb;
let tend: RunningTend;
let browser: Browser;
let allowedSite: { server: Server; origin: string };
let refusedSite: { server: Server; origin: string };
let widgetId = '';
/** The script's model, holding its first reply after the first words until let go. */
class HeldProvider extends ScriptedProvider {
  hold: Promise<void> | undefined;
  override async *stream(request: ModelRequest): AsyncIterable<ModelEvent> {
    let held = false;
    for await (const event of super.stream(request)) {
      yield event;
      if (event.type === 'text' && !held && this.hold) {
        held = true;
        await this.hold;
        this.hold = undefined;
      }
    }
  }
}
let taskId = '';
const provider = new HeldProvider([
  { text: ['Luna ', 'is due ', 'her checkup on Friday.'] },
  () => ({
    text: ['Shall I delete the flea meds task?'],
    toolCalls: [{ id: 'call_del', name: 'deleteTask', arguments: { task_id: taskId } }],
  }),
  { text: ['Deleted it.'] },
]);

/** A tiny site of the person's own, on localhost (Tend is on 127.0.0.1): another origin. */
async function startSite(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our family</title>
<link rel="icon" href="data:,"></head><body><main><h1>Our family page</h1>
<p>Photos and news.</p></main>
<script src="${tend.base}/widget.js" data-tend-widget="${widgetId}" async></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

/** Console errors fail the test, except the refused settings' 403, which is on purpose. */
async function sitePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('status of 403')) {
      throw new Error(`console error on ${page.url()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

beforeAll(async () => {
  testDb = await createTestDb();
  tend = await startTend(testDb.db, { chatProvider: provider });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const site of [allowedSite, refusedSite]) site?.server.close();
  await tend?.close();
  await testDb?.destroy();
});

describe.skipIf(!chromiumFound)('the chat widget on another site', () => {
  it('R14: signs in through the popup with PKCE, streams a reply, keeps history; a refused site is told', async () => {
    const context = await browser.newContext();
    const tendPage = await context.newPage();
    await signUpInBrowser(tendPage, tend.base, { email: 'widget@example.com', name: 'Wendy' });
    allowedSite = await startSite();
    refusedSite = await startSite();
    // Made on the dashboard: a site with a path is refused with words, then put right.
    await tendPage.goto(`${tend.base}/account/widgets`);
    await tendPage.getByLabel('Name').fill('Family page');
    await tendPage.getByLabel('Sites allowed to show it').fill(`${allowedSite.origin}/photos`);
    await tendPage.getByRole('button', { name: 'Make widget' }).click();
    await expect
      .poll(() => tendPage.getByRole('alert').textContent())
      .toContain('Sites allowed to show it');
    await tendPage.getByLabel('Sites allowed to show it').fill(allowedSite.origin.toUpperCase());
    await tendPage.getByRole('button', { name: 'Make widget' }).click();
    await tendPage.waitForURL(/\/account\/widgets\/[0-9a-f-]+\?done=made/);
    const snippet = await tendPage.getByLabel(/Paste this line/).inputValue();
    widgetId = /data-tend-widget="([0-9a-f-]+)"/.exec(snippet)?.[1] ?? '';
    expect(snippet).toBe(
      `<script src="${tend.base}/widget.js" data-tend-widget="${widgetId}" async></script>`,
    );
    expect(await tendPage.getByLabel('Sites allowed to show it').inputValue()).toBe(
      allowedSite.origin,
    );
    await lookAt(tendPage, 'account-widget');

    const page = await sitePage(context);
    await page.goto(allowedSite.origin);
    const launcher = page.getByRole('button', { name: 'Open the chat' });
    await launcher.click();
    const panel = page.getByRole('dialog', { name: 'Chat with Tend' });
    await expect.poll(() => panel.getByText('Hi! Ask me').isVisible()).toBe(true);
    // The page's styles do not reach in: the widget is in a shadow root.
    expect(
      await page.evaluate(
        () => document.querySelector('[data-tend-widget-host]')?.shadowRoot !== null,
      ),
    ).toBe(true);

    const popupOpened = page.waitForEvent('popup');
    await panel.getByRole('button', { name: 'Sign in to Tend' }).click();
    const popup = await popupOpened;
    await popup.getByRole('button', { name: 'Allow' }).click();
    await popup.waitForEvent('close');
    const message = panel.getByRole('textbox', { name: 'Your message' });
    await expect.poll(() => message.isVisible()).toBe(true);
    const stored = await page.evaluate((id) => localStorage.getItem(`tend-widget:${id}`), widgetId);
    expect(JSON.parse(stored ?? '{}')).toHaveProperty('refreshToken');

    // The reply shows while it is written: its first words before the rest exists.
    let letGo: () => void = () => {};
    provider.hold = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    await message.fill('When is Luna due at the vet?');
    await message.press('Enter');
    await expect.poll(() => panel.getByText('Luna', { exact: true }).isVisible()).toBe(true);
    expect(await panel.getByText('Luna is due her checkup on Friday.').count()).toBe(0);
    letGo();
    await expect
      .poll(() => panel.getByText('Luna is due her checkup on Friday.').isVisible())
      .toBe(true);
    await lookAt(page, 'widget-conversation');

    // A change waits for the person's Confirm, then runs.
    const wendy = await testDb.db('users').where({ email: 'widget@example.com' }).first('id');
    const key = await createApiKey(testDb.db, {
      userId: wendy.id,
      name: 'test',
      scopes: ['tasks:read', 'tasks:write'],
      now: new Date(),
    });
    const auth = { Authorization: `Bearer ${key.key}` };
    const made = await context.request.post(`${tend.base}/v1/tasks`, {
      headers: auth,
      data: { title: 'Buy flea meds' },
    });
    expect(made.status()).toBe(201);
    taskId = ((await made.json()) as { id: string }).id;
    await message.fill('Delete the flea meds task');
    await message.press('Enter');
    const confirm = panel.getByRole('group', { name: 'Confirm a change' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await lookAt(page, 'widget-confirm');
    const task = () => context.request.get(`${tend.base}/v1/tasks/${taskId}`, { headers: auth });
    expect((await task()).status()).toBe(200);
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => panel.getByText('Deleted it.').isVisible()).toBe(true);
    await expect.poll(async () => (await task()).status()).toBe(404);

    await page.reload();
    await page.getByRole('button', { name: 'Open the chat' }).click();
    await expect
      .poll(() => page.getByText('Luna is due her checkup on Friday.').isVisible())
      .toBe(true);
    expect(await page.getByText('When is Luna due at the vet?').isVisible()).toBe(true);

    const refused = await sitePage(context);
    await refused.goto(refusedSite.origin);
    await refused.getByRole('button', { name: 'Open the chat' }).click();
    await expect
      .poll(() => refused.getByText('This site is not allowed to show this chat.').isVisible())
      .toBe(true);
    await lookAt(refused, 'widget-refused');

    // Deleted on the dashboard, after asking: the widget's sign-in ends with it.
    await tendPage.goto(`${tend.base}/account/widgets/${widgetId}`);
    await tendPage.getByRole('link', { name: 'Delete this widget' }).click();
    await tendPage.getByRole('button', { name: 'Delete widget' }).click();
    await expect.poll(() => tendPage.getByRole('status').textContent()).toContain('deleted');
    await lookAt(tendPage, 'account-widgets');
    expect(await testDb.db('oauth_clients').where({ kind: 'widget' }).first()).toBeUndefined();
    await context.close();
  });
});
