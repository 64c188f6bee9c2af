import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { sweep } from '../../src/reminders/sweep.ts';
import { generateVapidKeys } from '../../src/reminders/vapid-keys.ts';
import { type Instances, type Person, startInstances } from './instances.ts';

/**
 * Web Push to the push service stand-in, which verifies the VAPID signature and decrypts
 * the payload as a browser would; and two sweeps at once on two instances.
 */
let t: Instances;
let person: Person;

beforeAll(async () => {
  t = await startInstances(2, '2026-06-01T06:00:00Z');
  person = await t.person({ timezone: 'America/New_York' });
}, 60_000);
afterAll(() => t?.close());

async function addTask(title: string, dueAt: string): Promise<string> {
  const res = await t.request
    .post('/v1/tasks')
    .set('Authorization', person.auth)
    .send({ title, due_at: dueAt });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function settings() {
  const res = await t.request.get('/v1/account/reminders').set('Authorization', person.auth);
  expect(res.status).toBe(200);
  return res.body;
}

describe('the push service stand-in', () => {
  const vapidDetails = { subject: 'mailto:a@b.test', ...webpush.generateVAPIDKeys() };

  async function post(details: webpush.RequestDetails, headers: Record<string, string> = {}) {
    const res = await fetch(details.endpoint, {
      method: 'POST',
      headers: { ...(details.headers as Record<string, string>), ...headers },
      body: details.body ? new Uint8Array(details.body) : null,
    });
    return res.status;
  }

  it('takes a push signed by the key it names, and decrypts it', async () => {
    const sub = t.push.subscribe();
    const details = webpush.generateRequestDetails(sub, '{"title":"x"}', { vapidDetails, TTL: 60 });
    expect(await post(details)).toBe(201);
    expect(t.push.pushes.at(-1)?.payload).toEqual({ title: 'x' });
    t.push.pushes.length = 0;
  });

  it("takes a push signed with a pair of Tend's own making, as with web-push's", async () => {
    const ours = { subject: 'mailto:a@b.test', ...generateVapidKeys() };
    expect(Buffer.from(ours.publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(ours.privateKey, 'base64url')).toHaveLength(32);
    const sub = t.push.subscribe();
    const details = webpush.generateRequestDetails(sub, '{"title":"y"}', {
      vapidDetails: ours,
      TTL: 60,
    });
    expect(await post(details)).toBe(201);
    expect(t.push.pushes.at(-1)?.payload).toEqual({ title: 'y' });
    t.push.pushes.length = 0;
  });

  it('refuses a signature by another key, a payload for another browser, and no TTL', async () => {
    const sub = t.push.subscribe();
    const details = webpush.generateRequestDetails(sub, '{"title":"x"}', { vapidDetails, TTL: 60 });
    const other = webpush.generateVAPIDKeys().publicKey;
    const auth = String(details.headers.Authorization).replace(/k=.*/, `k=${other}`);
    expect(await post(details, { Authorization: auth })).toBe(403);
    const forOther = webpush.generateRequestDetails(t.push.subscribe(), '{"title":"x"}', {
      vapidDetails,
      TTL: 60,
    });
    expect(await post({ ...details, body: forOther.body })).toBe(400);
    const { TTL: _ttl, ...noTtl } = details.headers as Record<string, string>;
    expect(await post({ ...details, headers: noTtl })).toBe(400);
    expect(t.push.pushes).toEqual([]);
    t.push.refusals.length = 0;
  });
});

describe('Web Push reminders', () => {
  let endpoint: string;

  it('gives the VAPID public key to subscribe with and lists the device added', async () => {
    const before = await settings();
    expect(before.vapid_public_key).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(before).toMatchObject({ mail_mode: 'off', push_enabled: true, devices: [] });
    const subscription = t.push.subscribe();
    endpoint = subscription.endpoint;
    const added = await t.request
      .post('/v1/account/reminders/devices')
      .set('Authorization', person.auth)
      .set('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')
      .send({ ...subscription, expirationTime: null });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ label: 'Firefox on Linux', last_success_at: null });
    expect((await settings()).devices).toEqual([added.body]);
    // Both instances sign with the one key pair kept in the database.
    const keys = await t.db('vapid_keys').select('public_key', 'private_key_sealed');
    expect(keys).toHaveLength(1);
    // The private key is at rest only sealed with the server secret.
    expect(keys[0]?.private_key_sealed).toMatch(/^v1\./);
  });

  it('pushes a signed, encrypted reminder at the due time that opens the task', async () => {
    const id = await addTask('Refill the water bowl', '2026-06-01T02:15:00-04:00');
    await t.runUntil('2026-06-01T06:20:00Z');
    for (let i = 0; i < 40 && t.push.pushes.length === 0; i++) await sleep(50);
    expect(t.push.refusals).toEqual([]);
    expect(t.push.pushes).toHaveLength(1);
    const [push] = t.push.pushes;
    expect(push?.payload).toEqual({
      title: 'Refill the water bowl',
      body: 'Due Mon 1 Jun, 02:15',
      url: `http://tend.test/tasks/${id}`,
      tag: `task-${id}`,
    });
    expect(push?.claims).toMatchObject({ aud: t.push.origin, sub: 'mailto:operator@tend.test' });
    expect(push?.headers.urgency).toBe('normal');
    expect(Number(push?.headers.ttl)).toBe(86_400);
    const [device] = (await settings()).devices;
    expect(device.last_success_at).toMatch(/^2026-06-01T02:15/);
    // The endpoint is the browser's address for messages: it stays out of the log.
    expect(t.logs()).not.toContain(endpoint);
  });

  it('forgets a device whose push service answers 410 Gone', async () => {
    t.push.gone(endpoint);
    await addTask('Trim the claws', '2026-06-01T02:30:00-04:00');
    await t.runUntil('2026-06-01T06:35:00Z');
    for (let i = 0; i < 40 && t.push.refusals.length === 0; i++) await sleep(50);
    expect(t.push.refusals.map((r) => r.status)).toEqual([410]);
    for (let i = 0; i < 40 && (await settings()).devices.length > 0; i++) await sleep(50);
    expect((await settings()).devices).toEqual([]);
  });

  it('removes a device on request, and only the caller’s', async () => {
    const added = await t.request
      .post('/v1/account/reminders/devices')
      .set('Authorization', person.auth)
      .send(t.push.subscribe());
    const stranger = await t.person({});
    const path = `/v1/account/reminders/devices/${added.body.id}`;
    expect((await t.request.delete(path).set('Authorization', stranger.auth)).status).toBe(404);
    expect((await t.request.delete(path).set('Authorization', person.auth)).status).toBe(204);
    expect((await settings()).devices).toEqual([]);
  });

  it('queues a reminder once when two instances sweep at the same moment', async () => {
    await t.request
      .post('/v1/account/reminders/devices')
      .set('Authorization', person.auth)
      .send(t.push.subscribe());
    const id = await addTask('Book the groomer', '2026-06-01T03:30:00-04:00');
    const now = () => new Date('2026-06-01T07:25:00Z');
    const log = { info() {}, warn() {} };
    const counts = await Promise.all(
      t.apps.flatMap((app) => [1, 2].map(() => sweep({ db: t.db, jobs: app.jobs, now, log }))),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    const rows = await t.db('reminder_sends').where({ task_id: id });
    expect(rows).toHaveLength(1);
    const jobs = await t.apps[0]?.jobs.boss.findJobs<{ sendId: string }>('reminders.deliver');
    expect(jobs?.filter((j) => j.data.sendId === rows[0]?.id)).toHaveLength(1);
  });
});
