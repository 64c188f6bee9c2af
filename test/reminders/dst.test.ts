import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Instances, startInstances } from './instances.ts';

/**
 * The digest follows the person's local hour across a change to summer time: 08:00 in
 * Berlin is 07:00Z on 2026-03-28 and 06:00Z on 2026-03-29; in New York, 07:00 is 12:00Z on
 * 2026-03-07 and 11:00Z on 2026-03-08. The job queue's clock runs through both mornings.
 */
let t: Instances;

beforeAll(async () => {
  t = await startInstances(1, '2026-03-07T11:50:00Z');
}, 60_000);
afterAll(() => t?.close());

async function digestPerson(timezone: string, hour: number) {
  const person = await t.person({ timezone });
  const settings = await t.request
    .patch('/v1/account/reminders')
    .set('Authorization', person.auth)
    .send({ mail_mode: 'digest', digest_hour: hour });
  expect(settings.status).toBe(200);
  // Overdue, so every morning's digest has something to say.
  const task = await t.request
    .post('/v1/tasks')
    .set('Authorization', person.auth)
    .send({ title: 'Renew the pet passport', due_date: '2026-03-01' });
  expect(task.status).toBe(201);
  return person;
}

async function digests(userId: string) {
  const rows = await t
    .db('reminder_sends')
    .where({ user_id: userId, kind: 'digest' })
    .orderBy('remind_at')
    .select(t.db.raw('local_date::text as local_date'), 'remind_at', 'sent_at');
  return rows.map((r) => ({
    day: r.local_date,
    at: new Date(r.remind_at).toISOString(),
    sentWithinAMinute:
      r.sent_at !== null &&
      new Date(r.sent_at).getTime() - new Date(r.remind_at).getTime() < 60_000 &&
      new Date(r.sent_at) >= new Date(r.remind_at),
  }));
}

describe('the digest across a change to summer time', () => {
  it('goes at 07:00 local in New York on both sides of the change, once a day', async () => {
    const person = await digestPerson('America/New_York', 7);
    // Each morning's window holds both the right hour and the hour a fixed offset would give.
    await t.runUntil('2026-03-07T12:10:00Z');
    await t.clock.setTime('2026-03-08T10:50:00Z');
    await t.runUntil('2026-03-08T12:10:00Z');
    expect(await digests(person.id)).toEqual([
      { day: '2026-03-07', at: '2026-03-07T12:00:00.000Z', sentWithinAMinute: true },
      { day: '2026-03-08', at: '2026-03-08T11:00:00.000Z', sentWithinAMinute: true },
    ]);
  }, 120_000);

  it('goes at 08:00 local in Berlin: 07:00Z before the change, 06:00Z after', async () => {
    await t.clock.setTime('2026-03-28T06:50:00Z');
    const person = await digestPerson('Europe/Berlin', 8);
    await t.runUntil('2026-03-28T07:10:00Z');
    await t.clock.setTime('2026-03-29T05:50:00Z');
    await t.runUntil('2026-03-29T07:10:00Z');
    expect(await digests(person.id)).toEqual([
      { day: '2026-03-28', at: '2026-03-28T07:00:00.000Z', sentWithinAMinute: true },
      { day: '2026-03-29', at: '2026-03-29T06:00:00.000Z', sentWithinAMinute: true },
    ]);
    const mails = t.smtp.mails.filter((m) => m.to.includes(person.email));
    expect(mails).toHaveLength(2);
    expect(mails.every((m) => m.text.includes('Renew the pet passport'))).toBe(true);
  }, 120_000);
});
