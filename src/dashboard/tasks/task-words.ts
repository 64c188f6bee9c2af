import { DateTime } from 'luxon';
import type { components } from '../../../generated/openapi.ts';

export type Task = components['schemas']['Task'];

/**
 * When a task is due, as a person reads it: "Fri 4 Dec 17:00", or "Fri 4 Dec" for a day;
 * the year only when it is not this one. `due_at` carries the person's own offset.
 */
export function dueWords(task: Pick<Task, 'due_at' | 'due_date' | 'due_date_only'>): string {
  if (!task.due_at || !task.due_date) return '';
  const at = task.due_date_only
    ? DateTime.fromISO(task.due_date)
    : DateTime.fromISO(task.due_at, { setZone: true });
  const thisYear = at.year === DateTime.now().setZone(at.zone).year;
  const day = thisYear ? 'ccc d LLL' : 'ccc d LLL yyyy';
  return at.toFormat(task.due_date_only ? day : `${day} HH:mm`);
}

/** A day (YYYY-MM-DD) as "Fri 4 Dec"; the year only when it is not this one. */
export function dayWords(isoDate: string): string {
  const day = DateTime.fromISO(isoDate);
  return day.toFormat(day.year === DateTime.now().year ? 'ccc d LLL' : 'ccc d LLL yyyy');
}

/** What was understood of a task, to say back after it was added or changed. */
export function understoodWords(task: Task): string {
  const parts = [`“${task.title}”`];
  const due = dueWords(task);
  if (due) parts.push(`due ${due}`);
  if (task.repeat) parts.push(`repeats ${task.repeat}`);
  if (task.subject_name) parts.push(`for ${task.subject_name}`);
  return parts.join(', ');
}
