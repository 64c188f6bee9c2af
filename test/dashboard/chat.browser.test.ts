import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import type { ModelEvent, ModelRequest } from '../../src/chat/providers/provider.ts';
import { ScriptedProvider } from '../support/chat.ts';
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
 * The chat page in Chromium: a reply shows while it is written, the tool's line appears,
 * the history is there after a reload, and a consequential change waits for "Yes, do it".
 */
let testDb: TestDb;
let tend: RunningTend;
let browser: Browser;
let context: BrowserContext;

/** The script's model, holding after the piece of text named `holdAfter` until let go. */
class HeldProvider extends ScriptedProvider {
  holdAfter: string | undefined;
  hold: Promise<void> | undefined;
  override async *stream(request: ModelRequest): AsyncIterable<ModelEvent> {
    for await (const event of super.stream(request)) {
      yield event;
      if (event.type === 'text' && event.delta === this.holdAfter && this.hold) {
        await this.hold;
        this.hold = undefined;
      }
    }
  }
}
let taskId = '';
const provider = new HeldProvider([
  {
    text: ['Noting that.'],
    toolCalls: [
      {
        id: 'call_1',
        name: 'createRecord',
        arguments: { subject: 'Luna', type: 'weight', value: 4.3, unit: 'kg', when: 'today' },
      },
    ],
  },
  { text: ['Luna weighs ', '4.3 kg now, a little more than last time.'] },
  () => ({
    text: ['Shall I delete “Buy flea meds”?'],
    toolCalls: [{ id: 'call_del', name: 'deleteTask', arguments: { task_id: taskId } }],
  }),
  { text: ['Deleted it.'] },
]);

beforeAll(async () => {
  testDb = await createTestDb();
  tend = await startTend(testDb.db, {
    chatProvider: provider,
    chatPolicy: { prices: { 'test-model': { input: 2, output: 10 } }, monthlyBudgetUsd: 5 },
  });
  browser = await openBrowser();
  context = await browser.newContext({ timezoneId: 'Europe/Berlin' });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await tend?.close();
  await testDb?.destroy();
});

describe.skipIf(!chromiumFound)('in Chromium: the chat page', () => {
  it('streams a reply with its tool line, keeps the history, and asks before a delete', async () => {
    const page = await newPage(context);
    await signUpInBrowser(page, tend.base, { email: 'chat@example.com', name: 'Cleo' });
    const cleo = await testDb.db('users').where({ email: 'chat@example.com' }).first('id');
    const { key } = await createApiKey(testDb.db, {
      userId: cleo.id,
      name: 'test',
      scopes: ['tasks:read', 'tasks:write', 'records:read', 'records:write'],
      now: new Date(),
    });
    const headers = { Authorization: `Bearer ${key}` };
    const made = await context.request.post(`${tend.base}/v1/subjects`, {
      headers,
      data: { name: 'Luna', kind: 'pet', species: 'cat' },
    });
    expect(made.status()).toBe(201);

    await page.goto(`${tend.base}/chat`);
    await page.getByRole('button', { name: 'New conversation' }).click();
    await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    const here = page.url();

    let letGo: () => void = () => {};
    provider.holdAfter = 'Luna weighs ';
    provider.hold = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    const log = page.getByRole('log', { name: 'The conversation' });
    await page.getByLabel('Your message').fill('Luna weighed 4.3 kg at the vet today');
    await page.getByRole('button', { name: 'Send' }).click();
    // The first words and the tool's line are there before the rest of the reply exists.
    await expect.poll(() => log.getByText('Luna weighs', { exact: false }).isVisible()).toBe(true);
    expect(await log.getByText('Added a weight record for Luna').isVisible()).toBe(true);
    expect(await log.getByText('a little more than last time').count()).toBe(0);
    expect(page.url()).toBe(here);
    letGo();
    await expect
      .poll(() => log.getByText('4.3 kg now, a little more than last time.').isVisible())
      .toBe(true);
    await expect.poll(() => page.locator('#chat-status').textContent()).toBe('');
    await lookAt(page, 'in-chat-conversation');

    await page.reload();
    for (const words of [
      'Luna weighed 4.3 kg at the vet today',
      'Noting that.',
      'Added a weight record for Luna',
      'Luna weighs 4.3 kg now, a little more than last time.',
    ])
      expect(await log.getByText(words).isVisible(), words).toBe(true);
    const records = await context.request.get(`${tend.base}/v1/records`, { headers });
    expect(((await records.json()) as { items: unknown[] }).items).toHaveLength(1);

    // A consequential change waits for the person's "Yes, do it", then runs.
    const task = await context.request.post(`${tend.base}/v1/tasks`, {
      headers,
      data: { title: 'Buy flea meds' },
    });
    taskId = ((await task.json()) as { id: string }).id;
    const taskNow = async () =>
      (await context.request.get(`${tend.base}/v1/tasks/${taskId}`, { headers })).status();
    await page.getByLabel('Your message').fill('Delete the flea meds task');
    await page.getByLabel('Your message').press('Enter');
    const confirm = page.getByRole('group', { name: 'Confirm a change' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await confirm.getByRole('button', { name: 'No' }).isVisible()).toBe(true);
    expect(await taskNow()).toBe(200);
    await lookAt(page, 'in-chat-confirm');
    await confirm.getByRole('button', { name: 'Yes, do it' }).click();
    await expect.poll(() => log.getByText('Deleted it.').isVisible()).toBe(true);
    expect(await log.getByText('Deleted a task').isVisible()).toBe(true);
    await expect.poll(taskNow).toBe(404);

    // The list and what the chat cost: four model calls of 100 tokens in and 10 out each.
    await page.goto(`${tend.base}/chat`);
    expect(await page.getByText('of $5.00 this month.').isVisible()).toBe(true);
    expect(
      await page.getByRole('link', { name: 'Luna weighed 4.3 kg at the vet today' }).isVisible(),
    ).toBe(true);
    await lookAt(page, 'in-chat');
  }, 120_000);
});
