import type { Logger } from 'pino';
import type { Db } from '../db/connect.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { datesAround, digestAt, remindAt } from './instant.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

/** The queue that sends one reminder (src/reminders/reminder-jobs.ts). */
export const DELIVER_QUEUE = 'reminders.deliver';

/** Reminders due this soon are queued now, to go at their own second (startAfter). */
export const AHEAD_MS = 10 * 60_000;
/** A reminder missed by more than this (every instance was down) is not sent late. */
export const LATE_MS = 30 * 60_000;
/** A task due on a day is reminded up to a day after its local midnight. */
const DAY_MS = 25 * 60 * 60_000;

export interface SweepDeps {
  db: Db;
  jobs: Pick<JobQueue, 'send'>;
  now: () => Date;
  log: Pick<Logger, 'info' | 'warn'>;
}

export interface Due {
  userId: string;
  kind: 'due' | 'digest';
  channel: 'mail' | 'push';
  taskId?: string;
  localDate?: string;
  remindAt: Date;
}

interface TaskRow {
  id: string;
  user_id: string;
  due_at: Date;
  due_date_only: boolean;
  created_at: Date;
  snoozed_until: Date | null;
  timezone: string;
  verified: boolean;
  mail_mode: string | null;
  digest_hour: number | null;
  push_enabled: boolean | null;
  has_push: boolean;
}

/**
 * One pass of the once-a-minute sweep (pg-boss runs the cron job once across instances,
 * and even if two passes overlap each reminder is queued once): every reminder due from
 * LATE_MS ago to AHEAD_MS ahead is written to reminder_sends, whose unique keys refuse a
 * second copy, and only the row that was inserted queues its delivery, in the same
 * transaction. Returns how many were queued.
 */
export async function sweep(deps: SweepDeps): Promise<number> {
  const now = deps.now();
  const from = new Date(now.getTime() - LATE_MS);
  const to = new Date(now.getTime() + AHEAD_MS);
  const due = [...(await dueTasks(deps.db, from, to)), ...(await dueDigests(deps.db, from, to))];
  let queued = 0;
  for (const reminder of due) if (await queue(deps, reminder, now)) queued++;
  if (queued > 0) deps.log.info({ queued }, 'reminders queued');
  return queued;
}

async function dueTasks(db: Db, from: Date, to: Date): Promise<Due[]> {
  const rows: TaskRow[] = await db('tasks as t')
    .join('users as u', 'u.id', 't.user_id')
    .leftJoin('reminder_settings as rs', 'rs.user_id', 't.user_id')
    .leftJoin('task_snoozes as s', 's.task_id', 't.id')
    .where('t.status', 'open')
    .whereNull('t.deleted_at')
    .whereNotNull('t.due_at')
    .where((q) =>
      q
        .whereBetween('t.due_at', [from, to])
        // A task due on a day is reminded at a local hour up to a day after its midnight.
        .orWhere((day) =>
          day
            .where('t.due_date_only', true)
            .whereBetween('t.due_at', [new Date(from.getTime() - DAY_MS), to]),
        )
        .orWhereBetween('s.until', [from, to]),
    )
    // Only people a reminder can reach: mail at the due time, or a device for push.
    .where((q) =>
      q
        .where((mail) => mail.where('rs.mail_mode', 'due_time').whereNotNull('u.email_verified_at'))
        .orWhereExists((devices) =>
          devices
            .select(db.raw('1'))
            .from('push_subscriptions as p')
            .whereRaw('p.user_id = t.user_id'),
        ),
    )
    .select(
      't.id',
      't.user_id',
      't.due_at',
      't.due_date_only',
      't.created_at',
      's.until as snoozed_until',
      'u.timezone',
      db.raw('u.email_verified_at is not null as verified'),
      'rs.mail_mode',
      'rs.digest_hour',
      'rs.push_enabled',
      db.raw('exists (select 1 from push_subscriptions p where p.user_id = t.user_id) as has_push'),
    );
  return rows.flatMap((row) => {
    const mailMode = row.mail_mode ?? DEFAULT_SETTINGS.mailMode;
    const digestHour = row.digest_hour ?? DEFAULT_SETTINGS.digestHour;
    const at = remindAt(row, row.timezone, digestHour);
    // A task made after its reminder's time was seen by the person just then.
    if (at < from || at > to || at < row.created_at) return [];
    const channels: Due['channel'][] = [];
    if (mailMode === 'due_time' && row.verified) channels.push('mail');
    if ((row.push_enabled ?? DEFAULT_SETTINGS.pushEnabled) && row.has_push) channels.push('push');
    return channels.map((channel) => ({
      userId: row.user_id,
      kind: 'due' as const,
      channel,
      taskId: row.id,
      remindAt: at,
    }));
  });
}

async function dueDigests(db: Db, from: Date, to: Date): Promise<Due[]> {
  const people: { user_id: string; timezone: string; digest_hour: number }[] = await db(
    'reminder_settings as rs',
  )
    .join('users as u', 'u.id', 'rs.user_id')
    .where('rs.mail_mode', 'digest')
    .whereNotNull('u.email_verified_at')
    .select('rs.user_id', 'u.timezone', 'rs.digest_hour');
  return people.flatMap((person) =>
    datesAround(to, person.timezone).flatMap((localDate) => {
      const at = digestAt(localDate, person.timezone, person.digest_hour);
      if (at < from || at > to) return [];
      return [
        {
          userId: person.user_id,
          kind: 'digest' as const,
          channel: 'mail' as const,
          localDate,
          remindAt: at,
        },
      ];
    }),
  );
}

async function queue(deps: SweepDeps, reminder: Due, now: Date): Promise<boolean> {
  return deps.db.transaction(async (trx) => {
    const inserted: { id: string }[] = await trx('reminder_sends')
      .insert({
        user_id: reminder.userId,
        kind: reminder.kind,
        channel: reminder.channel,
        task_id: reminder.taskId ?? null,
        local_date: reminder.localDate ?? null,
        remind_at: reminder.remindAt,
        created_at: now,
      })
      .onConflict()
      .ignore()
      .returning('id');
    const row = inserted[0];
    if (!row) return false;
    await deps.jobs.send(
      DELIVER_QUEUE,
      { sendId: row.id },
      { db: trx, ...(reminder.remindAt > now && { startAfter: reminder.remindAt }) },
    );
    return true;
  });
}
