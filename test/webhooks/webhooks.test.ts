import { TestClock } from 'pg-boss';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { runHousekeeping } from '../../src/app/housekeeping.ts';
import { DELIVER_QUEUE, DELIVERY_RETRIES } from '../../src/webhooks/deliver.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { eventually, type Receiver, startReceiver } from './receiver.ts';

type Delivery = {
  id: string;
  event_type: string;
  message_id: string;
  status: string;
  attempt_count: number;
  attempts: {
    attempt: number;
    started_at: string;
    status_code: number | null;
    error: string | null;
    latency_ms: number;
  }[];
};

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

async function setUp(options: Parameters<typeof createTestApp>[0] = {}) {
  const clock = new TestClock(Date.now());
  const t = await createTestApp({ jobClock: clock, ...options });
  closers.push(() => t.close());
  const user = await t.createUser({ scopes: ['tasks:read', 'tasks:write', 'account'] });
  return { t, clock, user };
}

async function receiver(answers?: number[]): Promise<Receiver> {
  const r = await startReceiver(answers);
  closers.push(() => r.close());
  return r;
}

async function subscribe(t: TestApp, user: TestUser, url: string, events = ['task.created']) {
  const res = await t.request
    .post('/v1/account/webhooks')
    .set('Authorization', user.auth)
    .send({ url, events, description: 'test receiver' });
  expect(res.status).toBe(201);
  return res.body as { id: string; secret: string };
}

async function addTask(t: TestApp, user: TestUser, title: string) {
  const res = await t.request
    .post('/v1/tasks')
    .set('Authorization', user.auth)
    .send({ title, confirm_duplicate: true });
  expect(res.status).toBe(201);
  return res.body as { id: string };
}

async function deliveries(t: TestApp, user: TestUser, webhookId: string): Promise<Delivery[]> {
  const res = await t.request
    .get(`/v1/account/webhooks/${webhookId}/deliveries`)
    .set('Authorization', user.auth);
  expect(res.status).toBe(200);
  return res.body.items;
}

/** Moves the job clock on a second at a time until `check` holds (handlers run meanwhile). */
async function tickUntil<T>(
  clock: TestClock,
  check: () => Promise<T | undefined | false>,
  maxSeconds: number,
) {
  for (let s = 0; s < maxSeconds; s++) {
    const value = await check();
    if (value) return value;
    await clock.tick(1000);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`not within ${maxSeconds} s of job time`);
}

describe('webhook deliveries', () => {
  it('are signed as Standard Webhooks says, with the item as the API shows it', async () => {
    const { t, clock, user } = await setUp();
    const r = await receiver([204]);
    const hook = await subscribe(t, user, r.url);
    expect(hook.secret).toMatch(/^whsec_/);
    await t.jobs.start();
    const task = await addTask(t, user, 'Buy cat food');
    const got = await tickUntil(clock, async () => r.received[0], 30);
    const verified = new Webhook(hook.secret).verify(got.body, {
      'webhook-id': String(got.headers['webhook-id']),
      'webhook-timestamp': String(got.headers['webhook-timestamp']),
      'webhook-signature': String(got.headers['webhook-signature']),
    }) as { type: string; timestamp: string; data: { id: string; title: string } };
    expect(verified.type).toBe('task.created');
    expect(verified.data).toMatchObject({ id: task.id, title: 'Buy cat food' });
    // As getTask shows it, no more.
    const shown = await t.request.get(`/v1/tasks/${task.id}`).set('Authorization', user.auth);
    expect(verified.data).toEqual(shown.body);
    // A wrong secret does not verify: the check above could fail.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(got.body, {
        'webhook-id': String(got.headers['webhook-id']),
        'webhook-timestamp': String(got.headers['webhook-timestamp']),
        'webhook-signature': String(got.headers['webhook-signature']),
      }),
    ).toThrow();
    const [logged] = await eventually(async () => {
      const list = await deliveries(t, user, hook.id);
      return list[0]?.status === 'succeeded' ? list : undefined;
    });
    expect(logged).toMatchObject({
      event_type: 'task.created',
      message_id: got.headers['webhook-id'],
      attempt_count: 1,
      attempts: [{ attempt: 1, status_code: 204, error: null }],
    });
  });

  it('send only the events subscribed to, and nothing for a write that rolled back', async () => {
    const { t, clock, user } = await setUp();
    const r = await receiver([200]);
    const hook = await subscribe(t, user, r.url, ['task.completed']);
    await t.jobs.start();
    const task = await addTask(t, user, 'Walk the dog');
    // A duplicate refused (409) writes nothing, so sends nothing.
    const twice = await t.request
      .post('/v1/tasks')
      .set('Authorization', user.auth)
      .send({ title: 'Walk the dog' });
    expect(twice.status).toBe(409);
    await t.request
      .post(`/v1/tasks/${task.id}/complete`)
      .set('Authorization', user.auth)
      .expect(200);
    const got = await tickUntil(clock, async () => r.received[0], 30);
    expect(JSON.parse(got.body)).toMatchObject({ type: 'task.completed', data: { id: task.id } });
    await clock.tick(5000);
    expect(r.received).toHaveLength(1);
    expect((await deliveries(t, user, hook.id)).map((d) => d.event_type)).toEqual([
      'task.completed',
    ]);
  });

  it('retry a failing receiver with growing delays: two 500s, then delivered on the third attempt', async () => {
    const { t, clock, user } = await setUp();
    const r = await receiver([500, 500, 200]);
    const hook = await subscribe(t, user, r.url);
    await t.jobs.start();
    await addTask(t, user, 'Vet appointment');
    const [done] = await tickUntil(
      clock,
      async () => {
        const list = await deliveries(t, user, hook.id);
        return list[0]?.status === 'succeeded' ? list : undefined;
      },
      10 * 60,
    );
    // Ten more minutes: nothing is sent again.
    await clock.tick(10 * 60_000);
    expect(r.received).toHaveLength(3);
    expect(new Set(r.received.map((x) => x.headers['webhook-id'])).size).toBe(1);
    expect(new Set(r.received.map((x) => x.body)).size).toBe(1);
    const attempts = (done as Delivery).attempts;
    expect(attempts.map((a) => [a.attempt, a.status_code])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    for (const a of attempts) expect(a.latency_ms).toBeGreaterThanOrEqual(0);
    const times = attempts.map((a) => Date.parse(a.started_at));
    const first = (times[1] as number) - (times[0] as number);
    const second = (times[2] as number) - (times[1] as number);
    expect(first).toBeGreaterThanOrEqual(DELIVERY_RETRIES.retryDelay * 1000);
    expect(second).toBeGreaterThan(first);
  });

  it('give up after a day of failures: the webhook is turned off and its owner mailed once', async () => {
    const smtp: TestSmtpServer = await startSmtpServer();
    closers.push(() => smtp.close());
    const { t, clock, user } = await setUp({ smtpUrl: smtp.url });
    const r = await receiver([503]);
    const hook = await subscribe(t, user, r.url);
    await t.jobs.start();
    await addTask(t, user, 'First');
    await addTask(t, user, 'Second');
    const firstAt = clock.now();
    // Jump to each retry's time rather than wait through it.
    for (let step = 0; step < 200; step++) {
      const jobs = await t.jobs.boss.findJobs(DELIVER_QUEUE);
      if (jobs.length === 2 && jobs.every((j) => j.state === 'failed' || j.state === 'completed'))
        break;
      const waiting = jobs.filter((j) => j.state === 'retry' || j.state === 'created');
      if (jobs.some((j) => j.state === 'active') || waiting.length === 0) {
        await clock.tick(1000);
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      const next = Math.min(...waiting.map((j) => j.startAfter.getTime()));
      if (next > clock.now()) await clock.setTime(next);
      await clock.tick(1000);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const list = await eventually(async () => {
      const l = await deliveries(t, user, hook.id);
      return l.every((d) => d.status === 'failed') ? l : undefined;
    });
    expect(list).toHaveLength(2);
    // The first to give up turns the webhook off; the other's remaining tries are not made.
    const counts = list.map((d) => d.attempt_count).sort();
    expect(counts).toEqual([DELIVERY_RETRIES.retryLimit, DELIVERY_RETRIES.retryLimit + 1]);
    for (const d of list) expect(d.attempts.every((a) => a.status_code === 503)).toBe(true);
    const skipped = await t
      .db('webhook_deliveries')
      .where({ attempts: DELIVERY_RETRIES.retryLimit })
      .first('last_error');
    expect(skipped.last_error).toBe('the webhook was turned off');
    const lastAt = Math.max(
      ...list.flatMap((d) => d.attempts.map((a) => Date.parse(a.started_at))),
    );
    expect(lastAt - firstAt).toBeGreaterThanOrEqual(24 * 60 * 60_000);
    const shown = await t.request
      .get(`/v1/account/webhooks/${hook.id}`)
      .set('Authorization', user.auth);
    expect(shown.body).toMatchObject({ enabled: false });
    expect(shown.body.disabled_reason).toContain('503');
    const mail = await smtp.waitForMail(user.email);
    expect(mail.text).toContain(r.url);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.mails.filter((m) => m.to.includes(user.email))).toHaveLength(1);
    // Off: a new task sends nothing.
    const before = r.received.length;
    await addTask(t, user, 'Third');
    await clock.tick(5000);
    expect(r.received.length).toBe(before);
    // On again: the reason is forgotten and events flow.
    const on = await t.request
      .patch(`/v1/account/webhooks/${hook.id}`)
      .set('Authorization', user.auth)
      .send({ enabled: true });
    expect(on.body).toMatchObject({ enabled: true, disabled_at: null, disabled_reason: null });
    r.answers = [200];
    await addTask(t, user, 'Fourth');
    await tickUntil(clock, async () => r.received.length > before, 30);
  }, 120_000);

  it('are made in the transaction of the journal entry: a rolled-back write leaves none', async () => {
    const { t, user } = await setUp();
    const hook = await subscribe(t, user, 'https://hooks.example/tend', ['all']);
    const entry = (id: string) => ({
      user_id: user.id,
      actor: 'web',
      operation: 'create',
      entity: 'task',
      entity_id: id,
      after: JSON.stringify({ id }),
      created_at: new Date(),
    });
    await t.db
      .transaction(async (trx) => {
        await trx('activity').insert(entry('00000000-0000-4000-8000-000000000001'));
        throw new Error('the write failed');
      })
      .catch(() => {});
    expect(await t.db('webhook_deliveries').count({ n: '*' })).toEqual([{ n: 0 }]);
    await t.db('activity').insert(entry('00000000-0000-4000-8000-000000000002'));
    const made = await t.db('webhook_deliveries').select('endpoint_id', 'event_type', 'queued_at');
    expect(made).toEqual([{ endpoint_id: hook.id, event_type: 'task.created', queued_at: null }]);
    // Another person's writes make none for this webhook.
    const other = await t.createUser();
    await addTask(t, other, 'Not theirs');
    expect(await t.db('webhook_deliveries').count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  it('made while no instance listened are queued when the job queue starts', async () => {
    const { t, clock, user } = await setUp();
    const r = await receiver([200]);
    await subscribe(t, user, r.url);
    await addTask(t, user, 'While stopped');
    await t.jobs.start();
    const got = await tickUntil(clock, async () => r.received[0], 30);
    expect(JSON.parse(got.body).data.title).toBe('While stopped');
  });

  it('send a signed ping on request', async () => {
    const { t, clock, user } = await setUp();
    const r = await receiver([200]);
    const hook = await subscribe(t, user, r.url);
    await t.jobs.start();
    const ping = await t.request
      .post(`/v1/account/webhooks/${hook.id}/ping`)
      .set('Authorization', user.auth);
    expect(ping.status).toBe(202);
    const got = await tickUntil(clock, async () => r.received[0], 30);
    const body = new Webhook(hook.secret).verify(got.body, got.headers as Record<string, string>);
    expect(body).toMatchObject({ type: 'ping', data: { webhook_id: hook.id } });
  });
});

describe('webhook URLs (docs/security.md A21)', () => {
  const refused = async (t: TestApp, user: TestUser, url: string) => {
    const res = await t.request
      .post('/v1/account/webhooks')
      .set('Authorization', user.auth)
      .send({ url, events: ['all'] });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('webhook_url_refused');
    return res.body.detail as string;
  };

  it('A21: a private address, plain http, credentials or a host resolving to 10.x is refused at create', async () => {
    const { t, user } = await setUp({
      webhookFetch: {
        resolve: async (host) => (host === 'inside.example' ? ['10.1.2.3'] : ['203.0.113.10']),
      },
    });
    expect(await refused(t, user, 'http://10.0.0.5/')).toContain('https');
    expect(await refused(t, user, 'https://10.0.0.5/')).toContain('private');
    expect(await refused(t, user, 'https://[fd00::1]/hook')).toContain('private');
    expect(await refused(t, user, 'https://inside.example/hook')).toContain('private');
    expect(await refused(t, user, 'https://me:pw@outside.example/hook')).toContain('credentials');
    expect(await refused(t, user, 'http://outside.example/hook')).toContain('https');
    // The same host resolving publicly is taken: the refusals above are about the address.
    await subscribe(t, user, 'https://outside.example/hook');
    const update = await t.request
      .post('/v1/account/webhooks')
      .set('Authorization', user.auth)
      .send({ url: 'https://outside.example/other', events: ['all'] });
    const changed = await t.request
      .patch(`/v1/account/webhooks/${update.body.id}`)
      .set('Authorization', user.auth)
      .send({ url: 'https://inside.example/hook' });
    expect(changed.status).toBe(422);
  });

  it('A21: a host that turned private after create (DNS rebinding) is not posted to, and logged as refused', async () => {
    let address = '203.0.113.10';
    const posted: string[] = [];
    const { t, clock, user } = await setUp({
      webhookFetch: {
        resolve: async () => [address],
        fetch: async (url) => {
          posted.push(String(url));
          return new Response('ok', { status: 200 });
        },
      },
    });
    const hook = await subscribe(t, user, 'https://rebind.example/hook');
    await t.jobs.start();
    // While it resolves publicly, it is posted to.
    await addTask(t, user, 'Public');
    await tickUntil(clock, async () => posted.length === 1, 30);
    address = '10.0.0.5';
    await addTask(t, user, 'Private');
    const [refusedOne] = await tickUntil(
      clock,
      async () => {
        const list = await deliveries(t, user, hook.id);
        return list[0]?.attempt_count ? list : undefined;
      },
      30,
    );
    expect(posted).toHaveLength(1);
    expect((refusedOne as Delivery).attempts[0]).toMatchObject({
      status_code: null,
      error: expect.stringMatching(/^refused: .*private/),
    });
  });

  it('A21: a redirect is an answer, never followed', async () => {
    const { t, clock, user } = await setUp();
    const elsewhere = await receiver([200]);
    const r = await receiver([302]);
    r.location = elsewhere.url;
    const hook = await subscribe(t, user, r.url);
    await t.jobs.start();
    await addTask(t, user, 'Redirected');
    const [first] = await tickUntil(
      clock,
      async () => {
        const list = await deliveries(t, user, hook.id);
        return list[0]?.attempt_count ? list : undefined;
      },
      30,
    );
    expect((first as Delivery).status).toBe('pending');
    expect((first as Delivery).attempts[0]).toMatchObject({ status_code: 302, error: null });
    expect(r.received).toHaveLength(1);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('R3: another person sees none of them', async () => {
    const { t, user } = await setUp();
    const hook = await subscribe(t, user, 'https://mine.example/hook');
    const other = await t.createUser({ scopes: ['account'] });
    for (const path of ['', '/deliveries']) {
      const res = await t.request
        .get(`/v1/account/webhooks/${hook.id}${path}`)
        .set('Authorization', other.auth);
      expect(res.status).toBe(404);
    }
    const list = await t.request.get('/v1/account/webhooks').set('Authorization', other.auth);
    expect(list.body.items).toEqual([]);
    // The secret is shown once: not in the list or the get.
    const mine = await t.request.get('/v1/account/webhooks').set('Authorization', user.auth);
    expect(JSON.stringify(mine.body)).not.toContain('whsec_');
    // Stored sealed, not as given.
    const row = await t.db('webhook_endpoints').where({ id: hook.id }).first('secret');
    expect(row.secret).not.toContain(hook.secret.slice(6, 20));
  });

  it('go with the account, and housekeeping keeps the delivery log 30 days', async () => {
    const { t, user } = await setUp();
    const hook = await subscribe(t, user, 'https://hooks.example/tend', ['all']);
    await addTask(t, user, 'Old news');
    await addTask(t, user, 'Still trying');
    const [old, trying] = await t.db('webhook_deliveries').orderBy('created_at').select('id');
    const day = 24 * 60 * 60_000;
    const longAgo = new Date(Date.now() - 31 * day);
    await t
      .db('webhook_deliveries')
      .where({ id: old.id })
      .update({ status: 'succeeded', created_at: longAgo });
    await t.db('webhook_deliveries').where({ id: trying.id }).update({ created_at: longAgo });
    await t.db('webhook_attempts').insert({
      delivery_id: old.id,
      attempt: 1,
      started_at: longAgo,
      status_code: 200,
      latency_ms: 5,
    });
    expect((await runHousekeeping(t.db, new Date())).webhookDeliveries).toBe(1);
    // A delivery still being tried stays; the settled one went with its attempts.
    expect(await t.db('webhook_deliveries').pluck('id')).toEqual([trying.id]);
    expect(await t.db('webhook_attempts').count({ n: '*' })).toEqual([{ n: 0 }]);
    await t.db('users').where({ id: user.id }).delete();
    expect(await t.db('webhook_endpoints').where({ id: hook.id }).count({ n: '*' })).toEqual([
      { n: 0 },
    ]);
    expect(await t.db('webhook_deliveries').count({ n: '*' })).toEqual([{ n: 0 }]);
  });
});
