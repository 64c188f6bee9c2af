import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { chromiumFound, launchChromium } from '../support/chromium.ts';
import { createDemoApp, type DemoApp } from '../support/demo.ts';
import type { OpenViewInput } from './mcp-views/host-page.ts';

/**
 * Each MCP Apps view in Chromium, hosted through the extension's own AppBridge: the view
 * is read from Tend's /mcp (resources/read), handed a real tool result from /mcp, and what
 * it calls back (tools/call) goes to /mcp with the same key. Screenshots land in
 * test/artifacts/mcp-view-*.png for a person to look at.
 */
const found = chromiumFound;
if (!found) {
  console.log('Chromium not found: install it (apt-get install chromium) to run the browser tests');
}
const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;
const UI = 'io.modelcontextprotocol/ui';
const MIME = 'text/html;profile=mcp-app';

let demo: DemoApp;
let tend: Server;
let host: Server;
let hostUrl: string;
let browser: Browser;
let tools: Tool[];
const clients: Client[] = [];

async function listen(s: Server): Promise<string> {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

/** An MCP client as a host that renders views connects: it says it supports them. */
async function connect(auth: string): Promise<Client> {
  const client = new Client(
    { name: 'tend-test-host', version: '1.0.0' },
    { capabilities: { extensions: { [UI]: { mimeTypes: [MIME] } } } },
  );
  const url = new URL(`http://127.0.0.1:${(tend.address() as AddressInfo).port}/mcp`);
  await client.connect(
    new StreamableHTTPClientTransport(url, { requestInit: { headers: { Authorization: auth } } }),
  );
  clients.push(client);
  return client;
}

interface OpenedView {
  page: Page;
  frame: ReturnType<Page['frameLocator']>;
  /** Every tools/call the view made through the bridge. */
  calls: { name: string; arguments?: Record<string, unknown> }[];
  /** Every request the page and the view made (only the host page itself is allowed). */
  requests: string[];
  problems: string[];
}

/** Calls a tool on /mcp, reads the view it names, and opens the view with that result. */
async function openView(
  client: Client,
  toolName: string,
  args: Record<string, unknown>,
  theme: 'light' | 'dark' = 'light',
): Promise<OpenedView> {
  const tool = tools.find((t) => t.name === toolName) as Tool;
  const uri = (tool._meta?.ui as { resourceUri?: string } | undefined)?.resourceUri as string;
  const { contents } = await client.readResource({ uri });
  const content = contents[0] as unknown as {
    text: string;
    mimeType: string;
    _meta: { ui: { csp: object } };
  };
  expect(content.mimeType).toBe(MIME);
  const result = await client.callTool({ name: toolName, arguments: args });
  expect(result.isError).toBeFalsy();
  const page = await browser.newPage({ viewport: { width: 760, height: 900 }, colorScheme: theme });
  const opened: OpenedView = {
    page,
    frame: page.frameLocator('iframe#view'),
    calls: [],
    requests: [],
    problems: [],
  };
  page.on('request', (r) => opened.requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && opened.problems.push(m.text()));
  page.on('pageerror', (e) => opened.problems.push(e.message));
  await page.exposeFunction('tendForwardToolCall', async (params: OpenedView['calls'][number]) => {
    // The view's progress token belongs to its own channel, not to this connection.
    const call = { name: params.name, arguments: params.arguments };
    opened.calls.push(call);
    return client.callTool(call);
  });
  await page.goto(hostUrl);
  const input: OpenViewInput = {
    html: content.text,
    csp: content._meta.ui.csp,
    tool: { name: tool.name, inputSchema: { type: 'object' } },
    args,
    result: result as Record<string, unknown>,
    theme,
  };
  await page.evaluate((i) => window.tendOpenView(i), input);
  await page.waitForSelector('body[data-sent="result"]');
  return opened;
}

async function screenshot(view: OpenedView, name: string) {
  // Let the view report its height to the host and the host resize the frame, then make the
  // window as tall as the page so all of the frame is painted.
  await view.page.waitForTimeout(300);
  const height = await view.page.evaluate(() => document.documentElement.scrollHeight);
  await view.page.setViewportSize({ width: 760, height });
  await view.page.waitForTimeout(200);
  await view.page.screenshot({ path: `${ARTIFACTS}mcp-view-${name}.png`, fullPage: true });
}

/** Only the host page was loaded: the view fetched nothing, within its declared CSP. */
function expectNothingFetched(view: OpenedView) {
  expect(view.requests).toEqual([`${hostUrl}/`]);
  expect(view.problems.filter((p) => !/unsafe-eval|EvalError/.test(p))).toEqual([]);
}

describe.skipIf(!found)('MCP Apps views in Chromium, hosted through the AppBridge', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    demo = await createDemoApp();
    tend = createServer(demo.t.app);
    await listen(tend);
    const hostScript = await build({
      entryPoints: [new URL('./mcp-views/host-page.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      logLevel: 'silent',
    });
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>Test host</title>
<style>body{margin:0;padding:16px;background:#e9ebef;font:14px system-ui}
html[data-theme=dark] body{background:#0f1114}
iframe{display:block;width:100%;height:400px;border:1px solid #c9ced6;border-radius:12px;background:transparent}</style>
</head><body><div id="slot"></div><script>${hostScript.outputFiles[0]?.text}</script></body></html>`;
    host = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page);
    });
    hostUrl = await listen(host);
    tools = (await (await connect(demo.user.auth)).listTools()).tools;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const client of clients) await client.close();
    await new Promise((resolve) => host?.close(resolve));
    await new Promise((resolve) => tend?.close(resolve));
    await demo?.t.close();
  });

  it('today shows what is due and care due, and ticking a task completes it in the database', async () => {
    const client = await connect(demo.user.auth);
    const view = await openView(client, 'getOverview', {});
    const { frame } = view;
    await expect.poll(() => frame.getByText('Buy cat food').count()).toBe(1);
    expect(await frame.getByRole('heading', { name: 'Due soon' }).count()).toBe(1);
    expect(await frame.getByText('Max: Rabies').count()).toBe(1);
    expect(await frame.getByText('Nothing is overdue.').count()).toBe(1);
    const task = await demo.t
      .db('tasks')
      .where({ user_id: demo.user.id, title: 'Buy cat food' })
      .first();
    expect(task.status).toBe('open');

    await frame.getByLabel(/Buy cat food/).check();
    await expect.poll(() => frame.getByText('Done.').count()).toBe(1);
    expect(view.calls).toEqual([{ name: 'completeTask', arguments: { task_id: task.id } }]);
    const after = await demo.t.db('tasks').where({ id: task.id }).first();
    expect(after.status).toBe('done');
    expect(after.completed_at).not.toBeNull();
    await screenshot(view, 'today');
    expectNothingFetched(view);

    // The same view in a dark host, for the eye.
    const dark = await openView(client, 'getOverview', {}, 'dark');
    await expect.poll(() => dark.frame.getByText('Refill ibuprofen').count()).toBe(1);
    expect(
      await dark.frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor),
    ).toBe('rgb(27, 29, 34)');
    await screenshot(dark, 'today-dark');
    await view.page.close();
    await dark.page.close();
  });

  it('the task list checks a task off through the host, and a key without tasks:write cannot', async () => {
    const client = await connect(demo.user.auth);
    const view = await openView(client, 'listTasks', { limit: 20 });
    const open = await demo.get('/v1/tasks?limit=20');
    for (const item of open.items) {
      await expect.poll(() => view.frame.getByText(item.title, { exact: true }).count()).toBe(1);
    }
    const target = open.items.find((t: { title: string }) => t.title === 'Refill ibuprofen');
    await view.frame.getByLabel(/Refill ibuprofen/).check();
    await expect.poll(() => view.frame.getByText('Done.').count()).toBe(1);
    expect(view.calls).toEqual([{ name: 'completeTask', arguments: { task_id: target.id } }]);
    expect((await demo.get(`/v1/tasks/${target.id}`)).status).toBe('done');
    await screenshot(view, 'tasks');
    expectNothingFetched(view);
    await view.page.close();

    // The view's calls carry the connection's own credentials: a read-only key stays so.
    const reader = await connect(await readOnlyKey());
    const limited = await openView(reader, 'listTasks', { limit: 20 });
    const still = open.items.find(
      (t: { title: string }) => t.title !== 'Refill ibuprofen' && t.title !== 'Buy cat food',
    );
    await limited.frame.getByLabel(still.title).check();
    await expect.poll(() => limited.frame.locator('.note.problem').count()).toBe(1);
    expect(await limited.frame.getByLabel(still.title).isChecked()).toBe(false);
    expect((await demo.get(`/v1/tasks/${still.id}`)).status).toBe('open');
    await screenshot(limited, 'tasks-read-only');
    await limited.page.close();
  });

  it("a pet's care card charts exactly getTrend's weights and lists the latest records", async () => {
    const client = await connect(demo.user.auth);
    const view = await openView(client, 'getSubject', { subject_id: demo.ids.Luna });
    await expect.poll(() => view.frame.getByRole('heading', { name: 'Luna' }).count()).toBe(1);
    await expect.poll(() => view.frame.locator('.chart canvas').count()).toBe(1);
    // The view fetched the chart and the records through the host.
    expect(view.calls.map((c) => c.name).sort()).toEqual(['getTrend', 'listRecords']);
    const trend = (await client.callTool({
      name: 'getTrend',
      arguments: { subject_id: demo.ids.Luna, metric: 'weight' },
    })) as unknown as { structuredContent: { series: { bucket_start: string; avg: number }[] } };
    const points = JSON.parse(
      (await view.frame.locator('.chart').getAttribute('data-points')) as string,
    );
    expect(trend.structuredContent.series.length).toBeGreaterThan(5);
    expect(points).toEqual(
      trend.structuredContent.series.map((p) => ({ date: p.bucket_start, value: p.avg })),
    );
    expect(await view.frame.getByText('Shy with strangers; grain-free food.').count()).toBe(1);
    expect(await view.frame.getByText('Loves the new window perch').count()).toBe(1);
    await screenshot(view, 'care-card');
    expectNothingFetched(view);
    await view.page.close();
  });

  it('the care card opened from getTrend and from listRecords shows the same person or pet', async () => {
    const client = await connect(demo.user.auth);
    const fromTrend = await openView(client, 'getTrend', {
      subject_id: demo.ids.Max,
      metric: 'weight',
    });
    await expect.poll(() => fromTrend.frame.getByRole('heading', { name: 'Max' }).count()).toBe(1);
    expect(fromTrend.calls.map((c) => c.name).sort()).toEqual(['getSubject', 'listRecords']);
    await fromTrend.page.close();
    // Counting a record type charts how many there were per bucket, getTrend's `n`.
    const counting = await openView(client, 'getTrend', {
      subject_id: demo.ids.Luna,
      metric: 'symptom',
    });
    await expect.poll(() => counting.frame.locator('[data-metric="symptom"]').count()).toBe(1);
    const counted = (await client.callTool({
      name: 'getTrend',
      arguments: { subject_id: demo.ids.Luna, metric: 'symptom' },
    })) as unknown as { structuredContent: { series: { bucket_start: string; n: number }[] } };
    expect(
      JSON.parse(
        (await counting.frame
          .locator('[data-metric="symptom"]')
          .getAttribute('data-points')) as string,
      ),
    ).toEqual(counted.structuredContent.series.map((p) => ({ date: p.bucket_start, value: p.n })));
    await screenshot(counting, 'care-card-symptoms');
    await counting.page.close();
    const fromRecords = await openView(client, 'listRecords', {
      subject_id: demo.ids.Max,
      limit: 5,
    });
    await expect
      .poll(() => fromRecords.frame.getByRole('heading', { name: 'Max' }).count())
      .toBe(1);
    await expect.poll(() => fromRecords.frame.locator('.chart canvas').count()).toBe(1);
    await fromRecords.page.close();
  });

  it('a new account sees plain empty states, not blanks', async () => {
    const newcomer = await demo.t.createUser();
    const created = await demo.t.request
      .post('/v1/subjects')
      .set('Authorization', newcomer.auth)
      .send({ name: 'Pip', kind: 'pet', species: 'bird' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const client = await connect(newcomer.auth);
    const today = await openView(client, 'getOverview', {});
    for (const line of [
      'Nothing is overdue.',
      'Nothing is due in the next days.',
      'No shots or medications are due.',
    ]) {
      await expect.poll(() => today.frame.getByText(line).count()).toBe(1);
    }
    await screenshot(today, 'today-empty');
    await today.page.close();
    const card = await openView(client, 'getSubject', { subject_id: created.body.id });
    await expect.poll(() => card.frame.getByText('No care records yet.').count()).toBe(1);
    expect(await card.frame.getByText(/^No weight recorded between/).count()).toBe(1);
    expect(await card.frame.locator('[data-points]').getAttribute('data-points')).toBe('[]');
    expect(await card.frame.locator('.chart canvas').count()).toBe(0);
    await screenshot(card, 'care-card-empty');
    await card.page.close();
  });

  it('the report shows the period, its symptoms and weights', async () => {
    const client = await connect(demo.user.auth);
    const report = await demo.get('/v1/reports');
    const view = await openView(client, 'getReport', {});
    await expect.poll(() => view.frame.getByRole('heading', { name: 'Report' }).count()).toBe(1);
    for (const symptom of report.care.new_symptoms) {
      expect(await view.frame.getByText(symptom.title).count()).toBeGreaterThan(0);
    }
    expect(await view.frame.getByText('Luna: 4.386 → 4.4 kg').count()).toBe(1);
    expect(await view.frame.getByRole('heading', { name: 'What happened' }).count()).toBe(1);
    await screenshot(view, 'report');
    expectNothingFetched(view);
    await view.page.close();
  });
});

/** A second key of the demo user that may only read tasks. */
async function readOnlyKey(): Promise<string> {
  const { key } = await createApiKey(demo.t.db, {
    userId: demo.user.id,
    name: 'read only',
    scopes: ['tasks:read'],
    now: demo.t.clock.now(),
  });
  return `Bearer ${key}`;
}
