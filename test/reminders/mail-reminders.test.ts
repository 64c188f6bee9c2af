import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Instances, type Person, startInstances } from './instances.ts';

/**
 * Mail reminders with two instances on one database, both job queues started: each
 * reminder arrives once, at its time, however many instances sweep.
 */
let t: Instances;

beforeAll(async () => {
  t = await startInstances(2, '2026-03-28T05:50:00Z');
}, 60_000);
afterAll(() => t?.close());

async function choose(person: Person, settings: Record<string, unknown>) {
  const res = await t.request
    .patch('/v1/account/reminders')
    .set('Authorization', person.auth)
    .send(settings);
  expect(res.status).toBe(200);
  return res.body;
}

async function addTask(person: Person, task: Record<string, unknown>): Promise<string> {
  const res = await t.request.post('/v1/tasks').set('Authorization', person.auth).send(task);
  expect(res.status).toBe(201);
  return res.body.id;
}

/** Mail leaves in the background: waits (real time) until `n` mails reached `to`. */
async function mailsTo(to: string, n: number) {
  for (
    let i = 0;
    n > 0 && i < 100 && t.smtp.mails.filter((m) => m.to.includes(to)).length < n;
    i++
  ) {
    await sleep(50);
  }
  // A moment more, so that a second copy, were one sent, would be here too.
  await sleep(200);
  return t.smtp.mails.filter((m) => m.to.includes(to));
}

async function sendsOf(userId: string) {
  return t.db('reminder_sends').where({ user_id: userId }).orderBy('remind_at');
}

describe('mail reminders on two instances', () => {
  let due: Person;
  let digest: Person;
  let unverified: Person;
  let dueTask: string;
  let recordId: string;

  beforeAll(async () => {
    due = await t.person({});
    digest = await t.person({});
    unverified = await t.person({ verified: false });
    const settings = await choose(due, { mail_mode: 'due_time' });
    expect(settings).toMatchObject({
      mail_mode: 'due_time',
      digest_hour: 8,
      timezone: 'Europe/Berlin',
      email_verified: true,
    });
    await choose(digest, { mail_mode: 'digest', digest_hour: 8 });
    await choose(unverified, { mail_mode: 'due_time' });
    dueTask = await addTask(due, {
      title: 'Give Luna her pill',
      due_at: '2026-03-28T07:30:00+01:00',
    });
    await addTask(unverified, { title: 'Unseen', due_at: '2026-03-28T07:30:00+01:00' });
    await addTask(digest, { title: 'Buy cat food', due_date: '2026-03-28' });
    await addTask(digest, { title: 'Call the vet', due_at: '2026-03-27T10:00:00+01:00' });
    await addTask(digest, { title: 'Not yet', due_date: '2026-03-30' });
    const luna = await t.request
      .post('/v1/subjects')
      .set('Authorization', digest.auth)
      .send({ name: 'Luna', kind: 'pet', species: 'cat' });
    expect(luna.status).toBe(201);
    const shot = await t.request.post('/v1/records').set('Authorization', digest.auth).send({
      subject: 'Luna',
      type: 'vaccination',
      title: 'Rabies',
      when: '2025-03-28',
      next_due: '2026-03-28',
    });
    expect(shot.status).toBe(201);
    recordId = shot.body.id;
    await t.runUntil('2026-03-28T07:10:00Z');
  }, 120_000);

  it('sends a due-time mail once, at the due time, naming and linking the task', async () => {
    const mails = await mailsTo(due.email, 1);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.text).toContain('Subject: Reminder: Give Luna her pill');
    expect(mail?.text).toContain('"Give Luna her pill" is due Sat 28 Mar, 07:30.');
    expect(mail?.text).toContain(`http://tend.test/tasks/${dueTask}`);
    expect(mail?.text).toContain('http://tend.test/account/reminders');
    const sends = await sendsOf(due.id);
    expect(sends).toHaveLength(1);
    const sentAt = new Date(sends[0]?.sent_at).getTime();
    expect(sentAt).toBeGreaterThanOrEqual(Date.parse('2026-03-28T06:30:00Z'));
    expect(sentAt).toBeLessThan(Date.parse('2026-03-28T06:30:10Z'));
  });

  it('sends the morning digest once, with the tasks and care due today or overdue only', async () => {
    const mails = await mailsTo(digest.email, 1);
    expect(mails).toHaveLength(1);
    const text = mails[0]?.text ?? '';
    expect(text).toContain('Subject: Today in Tend: 3 things due');
    expect(text).toContain('Rabies for Luna (due today)');
    expect(text).toContain(`http://tend.test/records/${recordId}`);
    expect(text).toContain('Buy cat food (Sat 28 Mar)');
    expect(text).toContain('Call the vet (Fri 27 Mar, 10:00)');
    expect(text).not.toContain('Not yet');
    const [send] = await sendsOf(digest.id);
    expect(send?.kind).toBe('digest');
    expect(new Date(send?.sent_at).getTime()).toBeGreaterThanOrEqual(
      Date.parse('2026-03-28T07:00:00Z'),
    );
  });

  it('mails no address the person has not verified', async () => {
    expect(await mailsTo(unverified.email, 0)).toHaveLength(0);
    expect(await sendsOf(unverified.id)).toHaveLength(0);
  });

  it('has each instance sweep, and still queues every reminder once', async () => {
    const jobs = await t.apps[0]?.jobs.boss.findJobs('reminders.deliver');
    const perSend = new Map<string, number>();
    for (const job of jobs ?? []) {
      const id = (job.data as { sendId: string }).sendId;
      perSend.set(id, (perSend.get(id) ?? 0) + 1);
    }
    expect([...perSend.values()].every((n) => n === 1)).toBe(true);
    const sweeps = await t.apps[0]?.jobs.boss.findJobs('reminders.sweep');
    // One sweep a minute across both instances, not one each.
    const minutes = new Set(sweeps?.map((j) => new Date(j.createdOn).toISOString().slice(0, 16)));
    expect(sweeps?.length).toBe(minutes.size);
  });
});
