import type { Db } from '../db/connect.ts';

/**
 * How long a sent (or dropped) reminder is kept: far longer than any sweep looks back
 * (a day), so its once-only key still refuses a second copy, then it is of no use.
 */
export const REMINDER_SENDS_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/** Housekeeping: old reminder_sends rows, and snoozes that ended more than a day ago. */
export async function purgeReminders(db: Db, now: Date): Promise<number> {
  const sends = await db('reminder_sends')
    .where('remind_at', '<', new Date(now.getTime() - REMINDER_SENDS_KEPT_MS))
    .del()
    .returning('id');
  await db('task_snoozes')
    .where('until', '<', new Date(now.getTime() - 24 * 60 * 60 * 1000))
    .del();
  return sends.length;
}
