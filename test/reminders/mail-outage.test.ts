import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { type Instances, startInstances } from './instances.ts';

/** A mail server that is down when a reminder is due: the delivery is retried, and sent once. */
let t: Instances;
let back: TestSmtpServer | undefined;

beforeAll(async () => {
  t = await startInstances(1, '2026-09-14T06:50:00Z');
}, 60_000);
afterAll(async () => {
  await back?.close();
  await t?.close();
});

describe('a mail server down at the due time', () => {
  it('retries the reminder with growing delays and sends it once it is back', async () => {
    const person = await t.person({});
    await t.request
      .patch('/v1/account/reminders')
      .set('Authorization', person.auth)
      .send({ mail_mode: 'due_time' });
    const task = await t.request
      .post('/v1/tasks')
      .set('Authorization', person.auth)
      .send({ title: 'Order more litter', due_at: '2026-09-14T09:00:00+02:00' });
    expect(task.status).toBe(201);
    const port = Number(new URL(t.smtp.url).port);
    await t.smtp.close();
    await t.runUntil('2026-09-14T07:02:00Z');
    // Wait (real time) until the failed attempts were made and recorded.
    for (let i = 0; i < 100; i++) {
      const [job] = (await t.apps[0]?.jobs.boss.findJobs('reminders.deliver')) ?? [];
      if (job && job.retryCount >= 1) break;
      await sleep(50);
      await t.clock.tick(10_000);
    }
    const [send] = await t.db('reminder_sends').where({ task_id: task.body.id });
    expect(send?.sent_at).toBeNull();
    back = await startSmtpServer(port);
    await t.runUntil('2026-09-14T07:30:00Z');
    const mail = await back.waitForMail(person.email);
    expect(mail.text).toContain('Subject: Reminder: Order more litter');
    await sleep(200);
    expect(back.mails).toHaveLength(1);
    const [job] = (await t.apps[0]?.jobs.boss.findJobs('reminders.deliver')) ?? [];
    expect(job?.retryCount).toBeGreaterThanOrEqual(1);
    const [sent] = await t.db('reminder_sends').where({ task_id: task.body.id });
    expect(sent?.sent_at).not.toBeNull();
  }, 120_000);
});
