import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Instances, type Person, startInstances } from './instances.ts';

/**
 * A reminder already queued (the sweep queues ten minutes ahead) is silenced when its task
 * is done, and waits when it is snoozed; then it goes again at the snooze's end.
 */
let t: Instances;
let person: Person;

beforeAll(async () => {
  t = await startInstances(1, '2026-05-04T07:00:00Z');
  person = await t.person({});
  const res = await t.request
    .patch('/v1/account/reminders')
    .set('Authorization', person.auth)
    .send({ mail_mode: 'due_time' });
  expect(res.status).toBe(200);
  const device = await t.request
    .post('/v1/account/reminders/devices')
    .set('Authorization', person.auth)
    .send(t.push.subscribe());
  expect(device.status).toBe(201);
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

async function sends(taskId: string) {
  return t.db('reminder_sends').where({ task_id: taskId }).orderBy('remind_at');
}

/** What reached the person about a task, after mail and pushes had time to arrive. */
async function reached(title: string) {
  await sleep(300);
  return {
    mails: t.smtp.mails.filter((m) => m.text.includes(`Subject: Reminder: ${title}`)).length,
    pushes: t.push.pushes.filter((p) => p.payload.title === title).length,
  };
}

describe('silencing and snoozing reminders', () => {
  it('drops a queued reminder when its task is completed before it is due', async () => {
    const id = await addTask('Worm the cat', '2026-05-04T09:30:00+02:00');
    await t.runUntil('2026-05-04T07:25:00Z');
    const queued = await sends(id);
    expect(queued.map((s) => s.channel).sort()).toEqual(['mail', 'push']);
    expect(queued.every((s) => s.sent_at === null)).toBe(true);
    const done = await t.request.post(`/v1/tasks/${id}/complete`).set('Authorization', person.auth);
    expect(done.status).toBe(200);
    await t.runUntil('2026-05-04T07:40:00Z');
    expect(await reached('Worm the cat')).toEqual({ mails: 0, pushes: 0 });
    const after = await sends(id);
    expect(after.every((s) => s.sent_at === null && s.dropped_at !== null)).toBe(true);
  }, 60_000);

  it('sends the same kind of reminder when the task is left open, as a control', async () => {
    const id = await addTask('Water the plants', '2026-05-04T09:45:00+02:00');
    await t.runUntil('2026-05-04T07:50:00Z');
    expect(await reached('Water the plants')).toEqual({ mails: 1, pushes: 1 });
    expect((await sends(id)).every((s) => s.sent_at !== null)).toBe(true);
  }, 60_000);

  it('holds a snoozed reminder back and sends it once when the snooze ends', async () => {
    const id = await addTask('Brush the dog', '2026-05-04T10:00:00+02:00');
    await t.runUntil('2026-05-04T07:55:00Z');
    const snooze = await t.request
      .post(`/v1/tasks/${id}/snooze`)
      .set('Authorization', person.auth)
      .send({ minutes: 30 });
    expect(snooze.status).toBe(200);
    expect(snooze.body).toEqual({ task_id: id, snoozed_until: '2026-05-04T10:25:00.000+02:00' });
    await t.runUntil('2026-05-04T08:10:00Z');
    expect(await reached('Brush the dog')).toEqual({ mails: 0, pushes: 0 });
    await t.runUntil('2026-05-04T08:30:00Z');
    expect(await reached('Brush the dog')).toEqual({ mails: 1, pushes: 1 });
    const rows = await sends(id);
    expect(rows.map((s) => [new Date(s.remind_at).toISOString(), s.sent_at !== null])).toEqual([
      ['2026-05-04T08:00:00.000Z', false],
      ['2026-05-04T08:00:00.000Z', false],
      ['2026-05-04T08:25:00.000Z', true],
      ['2026-05-04T08:25:00.000Z', true],
    ]);
  }, 60_000);

  it('refuses to snooze a task that is not the caller’s or not open', async () => {
    const other = await t.person({});
    const id = await addTask('Mine', '2026-05-05T10:00:00+02:00');
    const res = await t.request
      .post(`/v1/tasks/${id}/snooze`)
      .set('Authorization', other.auth)
      .send({ minutes: 30 });
    expect(res.status).toBe(404);
    const tooShort = await t.request
      .post(`/v1/tasks/${id}/snooze`)
      .set('Authorization', person.auth)
      .send({ minutes: 1 });
    expect(tooShort.status).toBe(400);
  });
});
