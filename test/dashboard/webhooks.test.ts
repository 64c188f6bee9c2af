import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type Browser, csrfTokenOf, signUpAs } from '../support/browser.ts';
import { eventually, type Receiver, startReceiver } from '../webhooks/receiver.ts';

let t: TestApp;
let clock: TestClock;
let r: Receiver;
let b: Browser;

beforeAll(async () => {
  clock = new TestClock(Date.now());
  t = await createTestApp({ jobClock: clock });
  r = await startReceiver([500, 200]);
  b = await signUpAs(t.app, 'hooks@example.com', 'Robin');
  await t.jobs.start();
});
afterAll(async () => {
  await t.close();
  await r.close();
});

async function add(fields: Record<string, string | string[]>) {
  const page = await b.get('/account/webhooks');
  return b
    .post('/account/webhooks')
    .type('form')
    .send({ csrf_token: csrfTokenOf(page.text), ...fields });
}

describe('Account › Webhooks', () => {
  it('adds a webhook, shows its secret once, and its deliveries with status and latency', async () => {
    const empty = await b.get('/account/webhooks');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('No webhooks yet.');
    expect(empty.text).toContain('aria-current="page">Webhooks');
    const made = await add({
      url: r.url,
      description: 'Family board',
      events: ['task.created', 'task.completed'],
    });
    expect(made.status).toBe(303);
    const path = (made.headers.location as string).split('?')[0] as string;
    const first = await b.get(made.headers.location as string);
    const secret = /id="webhook-secret" readonly value="(whsec_[^"]+)"/.exec(first.text)?.[1];
    expect(secret).toBeDefined();
    const again = await b.get(path);
    expect(again.text).not.toContain('whsec_');
    const list = await b.get('/account/webhooks');
    expect(list.text).toContain('Family board');
    expect(list.text).toContain('<strong>On</strong>');

    // A task added on the API: its delivery fails once (500), then arrives.
    const user = await t.db('users').where({ email: 'hooks@example.com' }).first('id');
    const task = await t.request
      .post('/v1/tasks')
      .set('Authorization', `Bearer ${await keyFor(user.id)}`)
      .send({ title: 'Feed the fish', confirm_duplicate: true });
    expect(task.status).toBe(201);
    for (let s = 0; s < 300 && r.received.length < 2; s++) {
      await clock.tick(1000);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const page = await eventually(async () => {
      const p = await b.get(path);
      return p.text.includes('Delivered') ? p : undefined;
    });
    expect(page.text).toContain('<code>task.created</code>');
    expect(page.text).toMatch(/Try 1 at [^:]+:\d\d:\d\d: answered 500 \(\d+ ms\)/);
    expect(page.text).toMatch(/Try 2 at [^<]+: answered 200 \(\d+ ms\)/);
    expect(page.text).toMatch(/<td>200<\/td><td>\d+ ms<\/td>/);
  });

  it('refuses a private address with words a person can read', async () => {
    const res = await add({ url: 'https://10.0.0.5/hook', events: 'all' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('role="alert"');
    expect(res.text).toContain('private');
    const none = await add({ url: 'https://hooks.example/x' });
    expect(none.status).toBe(422);
    expect(none.text).toContain('Choose at least one event');
  });

  it('turns a webhook off and on, and deletes it after asking', async () => {
    const made = await add({ url: 'https://board.example/hook', events: 'all' });
    const path = (made.headers.location as string).split('?')[0] as string;
    const page = await b.get(path);
    const off = await b
      .post(`${path}/enabled`)
      .type('form')
      .send({ csrf_token: csrfTokenOf(page.text), enabled: 'false' });
    expect(off.headers.location).toBe(`${path}?done=off`);
    const offPage = await b.get(off.headers.location as string);
    expect(offPage.text).toContain('<strong>Off</strong>: Turned off by you.');
    expect(offPage.text).toContain('Turn on');
    const ask = await b.get(`${path}/delete`);
    expect(ask.text).toContain('Delete webhook');
    const gone = await b
      .post(`${path}/delete`)
      .type('form')
      .send({ csrf_token: csrfTokenOf(ask.text) });
    expect(gone.headers.location).toBe('/account/webhooks?done=deleted');
    expect((await b.get(path)).status).toBe(303);
  });

  it('A7: a form posted without its CSRF token does nothing', async () => {
    const before = await t.db('webhook_endpoints').count({ n: '*' });
    const res = await b
      .post('/account/webhooks')
      .type('form')
      .send({ url: 'https://csrf.example/hook', events: 'all' });
    expect(res.status).toBe(403);
    expect(await t.db('webhook_endpoints').count({ n: '*' })).toEqual(before);
  });
});

async function keyFor(userId: string): Promise<string> {
  const { key } = await createApiKey(t.db, {
    userId,
    name: 'test',
    scopes: ['tasks:write'],
    now: new Date(clock.now()),
  });
  return key;
}
