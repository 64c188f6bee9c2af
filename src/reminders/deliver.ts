import type { Logger } from 'pino';
import { localDayBounds } from '../dates/zone.ts';
import type { Db } from '../db/connect.ts';
import { careDue } from '../insights/care-due.ts';
import type { Mailer } from '../mail/mailer.ts';
import { remindAt } from './instant.ts';
import { type PushDeps, pushToPerson } from './push-sender.ts';
import { digestMail, dueMail, type MailLine, whenText } from './reminder-mail.ts';
import { mailAddress, readSettings } from './settings.ts';

export interface DeliverDeps extends PushDeps {
  db: Db;
  now: () => Date;
  log: Pick<Logger, 'info' | 'warn'>;
  mailer: Mailer;
  publicUrl: string;
}

interface SendRow {
  id: string;
  user_id: string;
  kind: 'due' | 'digest';
  channel: 'mail' | 'push';
  task_id: string | null;
  local_date: string | null;
  remind_at: Date;
  sent_at: Date | null;
  dropped_at: Date | null;
}

interface TaskRow {
  id: string;
  title: string;
  status: string;
  due_at: Date | null;
  due_date_only: boolean;
  deleted_at: Date | null;
  snoozed_until: Date | null;
}

/** How many tasks a digest lists; the rest are counted. */
const DIGEST_TASKS = 30;

/**
 * The delivery job of one reminder_sends row. Everything is checked again now, not when it
 * was queued: a task done, deleted, moved or snoozed since, or mail turned off, drops the
 * reminder silently (docs/reminders.md). A mail or push that fails throws, and the job is
 * retried with backoff; one that went out is marked, so a retry never sends it again.
 */
export async function deliver(deps: DeliverDeps, sendId: string): Promise<void> {
  const at = deps.now();
  const send: SendRow | undefined = await deps
    .db('reminder_sends')
    .where({ id: sendId })
    .first(
      'id',
      'user_id',
      'kind',
      'channel',
      'task_id',
      db_date(deps.db),
      'remind_at',
      'sent_at',
      'dropped_at',
    );
  if (!send || send.sent_at || send.dropped_at) return;
  const went = send.kind === 'due' ? await deliverDue(deps, send) : await deliverDigest(deps, send);
  await deps
    .db('reminder_sends')
    .where({ id: send.id })
    .update(went ? { sent_at: at } : { dropped_at: at });
}

function db_date(db: Db) {
  return db.raw('local_date::text as local_date');
}

async function deliverDue(deps: DeliverDeps, send: SendRow): Promise<boolean> {
  const task: TaskRow | undefined = await deps
    .db('tasks as t')
    .leftJoin('task_snoozes as s', 's.task_id', 't.id')
    .where({ 't.id': send.task_id, 't.user_id': send.user_id })
    .first(
      't.id',
      't.title',
      't.status',
      't.due_at',
      't.due_date_only',
      't.deleted_at',
      's.until as snoozed_until',
    );
  if (task?.status !== 'open' || task.deleted_at || !task.due_at) return false;
  const user = await deps.db('users').where({ id: send.user_id }).first('timezone');
  const settings = await readSettings(deps.db, send.user_id);
  const zone: string = user.timezone;
  const now = remindAt({ ...task, due_at: task.due_at }, zone, settings.digestHour);
  // Moved or snoozed since it was queued: the sweep queues the new time on its own.
  if (now.getTime() !== send.remind_at.getTime()) return false;
  const when = task.due_date_only
    ? `today, ${whenText(task.due_at, zone, true)}`
    : whenText(task.due_at, zone, false);
  const link = `${deps.publicUrl}/tasks/${task.id}`;
  if (send.channel === 'mail') {
    if (settings.mailMode !== 'due_time') return false;
    const to = await mailAddress(deps.db, send.user_id);
    if (!to) return false;
    await deps.mailer.send(dueMail(to, { id: task.id, title: task.title, when }, deps.publicUrl));
    return true;
  }
  if (!settings.pushEnabled) return false;
  const { delivered } = await pushToPerson(deps, send.user_id, {
    title: task.title,
    body: `Due ${when}`,
    url: link,
    tag: `task-${task.id}`,
  });
  return delivered > 0;
}

async function deliverDigest(deps: DeliverDeps, send: SendRow): Promise<boolean> {
  const settings = await readSettings(deps.db, send.user_id);
  if (settings.mailMode !== 'digest' || !send.local_date) return false;
  const to = await mailAddress(deps.db, send.user_id);
  if (!to) return false;
  const user = await deps.db('users').where({ id: send.user_id }).first('timezone');
  const zone: string = user.timezone;
  const { end } = localDayBounds(send.local_date, zone);
  const tasks: { id: string; title: string; due_at: Date; due_date_only: boolean }[] = await deps
    .db('tasks')
    .where({ user_id: send.user_id, status: 'open' })
    .whereNull('deleted_at')
    .where('due_at', '<', end)
    .orderBy('due_at')
    .orderBy('id')
    .limit(DIGEST_TASKS + 1)
    .select('id', 'title', 'due_at', 'due_date_only');
  const care = await careDue(deps.db, send.user_id, {
    today: send.local_date,
    dueBy: send.local_date,
  });
  const lines: MailLine[] = [
    ...tasks.slice(0, DIGEST_TASKS).map((t) => ({
      text: `${t.title} (${t.due_date_only ? whenText(t.due_at, zone, true) : whenText(t.due_at, zone, false)})`,
      link: `${deps.publicUrl}/tasks/${t.id}`,
    })),
    ...(tasks.length > DIGEST_TASKS ? [{ text: 'and more', link: `${deps.publicUrl}/tasks` }] : []),
    ...care.map((c) => ({
      text: `${c.title} for ${c.subject_name} (${c.overdue ? `was due ${c.next_due}` : 'due today'})`,
      link: `${deps.publicUrl}/records/${c.record_id}`,
    })),
  ];
  // Nothing due: no mail at all, rather than an empty one every morning.
  if (lines.length === 0) return false;
  await deps.mailer.send(
    digestMail(
      to,
      whenText(new Date(`${send.local_date}T12:00:00Z`), 'UTC', true),
      lines,
      deps.publicUrl,
    ),
  );
  return true;
}
