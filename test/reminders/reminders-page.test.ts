import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/app/config.ts';
import { SERVICE_WORKER } from '../../src/reminders/service-worker.ts';
import { type Person, signUpPerson } from '../dashboard/person.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { startPushServer } from '../support/stand-ins/push-server.ts';

let t: TestApp;
let p: Person;

beforeAll(async () => {
  t = await createTestApp();
  p = await signUpPerson(t, 'reminders-page@example.com');
});
afterAll(() => t.close());

async function post(path: string, fields: Record<string, string>) {
  return p.b
    .post(path)
    .type('form')
    .send({ csrf_token: await p.csrf('/account/reminders'), ...fields });
}

describe('the Reminders page', () => {
  it('shows the choices, the hour in the person’s zone and the subscribe button', async () => {
    const page = await p.b.get('/account/reminders');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<a href="/account/reminders" aria-current="page">Reminders</a>');
    expect(page.text).toMatch(/<input type="radio" name="mail_mode" value="off" checked>/);
    expect(page.text).toContain('Morning hour (in Europe/Berlin)');
    expect(page.text).toContain('<option value="8" selected>08:00</option>');
    expect(page.text).toMatch(/data-vapid-key="[A-Za-z0-9_-]{87}"/);
    expect(page.text).toContain('<script src="/assets/js/push-device.js" defer></script>');
    // Not yet confirmed: the page says mail waits for that.
    expect(page.text).toContain('Reminder mail goes only to a confirmed address');
  });

  it('saves the choices through updateReminderSettings, and refuses a form without its token', async () => {
    const saved = await post('/account/reminders', { mail_mode: 'digest', digest_hour: '7' });
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe('/account/reminders?saved=1');
    const page = await p.b.get('/account/reminders?saved=1');
    expect(page.text).toContain('<p role="status" class="ok">Saved.</p>');
    expect(page.text).toMatch(/value="digest" aria-describedby="mode-digest-hint" checked/);
    expect(page.text).toContain('<option value="7" selected>07:00</option>');
    // The checkbox was left out of the form: notifications are off.
    expect(page.text).not.toMatch(/name="push_enabled" value="on" checked/);
    const forged = await p.b
      .post('/account/reminders')
      .type('form')
      .send({ mail_mode: 'due_time' });
    expect(forged.status).toBe(403);
    const row = await t.db('reminder_settings').first('mail_mode', 'digest_hour', 'push_enabled');
    expect(row).toEqual({ mail_mode: 'digest', digest_hour: 7, push_enabled: false });
  });

  it('lists a device with its browser and removes it on request', async () => {
    const push = await startPushServer();
    const csrf = await p.csrf('/account/reminders');
    // What the page's script sends: the session and the page's CSRF token.
    const added = await p.b
      .post('/v1/account/reminders/devices')
      .set('X-CSRF-Token', csrf)
      .set('User-Agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1')
      .send(push.subscribe());
    expect(added.status).toBe(201);
    const noToken = await p.b.post('/v1/account/reminders/devices').send(push.subscribe());
    expect(noToken.status).toBe(403);
    const page = await p.b.get('/account/reminders');
    expect(page.text).toContain('<strong>Safari on iPhone</strong>');
    const removed = await post(`/account/reminders/devices/${added.body.id}/delete`, {});
    expect(removed.headers.location).toBe('/account/reminders?removed=1#devices');
    expect((await p.b.get('/account/reminders')).text).toContain(
      'No device gets notifications yet.',
    );
    await push.close();
  });

  it('snoozes a task from its page and says until when', async () => {
    const task = await p.api('post', '/tasks', { title: 'Call the vet', due_text: 'today 3pm' });
    const page = await p.b.get(`/tasks/${task.body.id}`);
    expect(page.text).toContain('<label for="snooze-minutes">Remind me again</label>');
    const res = await p.b
      .post(`/tasks/${task.body.id}/snooze`)
      .type('form')
      .send({ csrf_token: await p.csrf(`/tasks/${task.body.id}`), minutes: '180' });
    expect(res.status).toBe(303);
    const back = await p.b.get(res.headers.location as string);
    // The test clock: 22 Nov 2026, 10:00 in Berlin; three hours later.
    expect(back.text).toContain('Snoozed: the reminder comes again 22 Nov 2026, 13:00');
    const done = await p.api('post', `/tasks/${task.body.id}/complete`);
    expect(done.status).toBe(200);
    expect((await p.b.get(`/tasks/${task.body.id}`)).text).not.toContain('Remind me again');
  });
});

describe('the service worker and its setting', () => {
  it('is served at /sw.js as JavaScript that opens only Tend’s own pages', async () => {
    const res = await t.request.get('/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toBe(SERVICE_WORKER);
    expect(res.text).toContain("addEventListener('push'");
    expect(res.text).toContain('target.origin === self.location.origin');
  });

  it('takes VAPID_SUBJECT as mailto: or https:, PUBLIC_URL by default', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://tend.example' }).vapidSubject).toBe(
      'https://tend.example',
    );
    expect(loadConfig({ VAPID_SUBJECT: 'mailto:me@example.com' }).vapidSubject).toBe(
      'mailto:me@example.com',
    );
    expect(() => loadConfig({ VAPID_SUBJECT: 'me@example.com' })).toThrow(ConfigError);
  });
});
