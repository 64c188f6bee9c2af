import { DateTime } from 'luxon';

export interface RemindedTask {
  due_at: Date;
  due_date_only: boolean;
  /** The end of a snooze, if the person snoozed this task's reminder. */
  snoozed_until: Date | null;
}

/**
 * When a task's reminder is due: at its due time; for a task due on a day (no time), at
 * the person's digest hour of that day in their own zone; never before a snooze ends.
 * Luxon keeps the local hour across a change to or from summer time (docs/reminders.md).
 */
export function remindAt(task: RemindedTask, zone: string, digestHour: number): Date {
  const base = task.due_date_only
    ? DateTime.fromJSDate(task.due_at, { zone }).startOf('day').set({ hour: digestHour }).toJSDate()
    : task.due_at;
  return task.snoozed_until && task.snoozed_until > base ? task.snoozed_until : base;
}

/** The instant the digest of a local date goes, in the person's zone. */
export function digestAt(localDate: string, zone: string, digestHour: number): Date {
  return DateTime.fromISO(localDate, { zone }).set({ hour: digestHour }).toJSDate();
}

/** The local dates around an instant (yesterday, today, tomorrow) in a zone. */
export function datesAround(at: Date, zone: string): string[] {
  const today = DateTime.fromJSDate(at, { zone }).startOf('day');
  return [-1, 0, 1].map((days) => today.plus({ days }).toISODate() as string);
}
