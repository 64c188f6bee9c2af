/** Dates as a person reads them, in the host's language. */

const DAY = 86_400_000;

/** A calendar date (YYYY-MM-DD): read at noon UTC so no time zone moves it a day. */
function calendarDate(date: string): Date {
  return new Date(`${date.slice(0, 10)}T12:00:00Z`);
}

export function formatDay(date: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(calendarDate(date));
}

export function formatDate(date: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(calendarDate(date));
}

/** A task's due moment: the day, and the time unless it is due on a date only. */
export function formatDue(
  task: { due_at: string | null; due_date: string | null; due_date_only: boolean },
  locale?: string,
): string | null {
  if (!task.due_date) return null;
  const day = formatDay(task.due_date, locale);
  if (task.due_date_only || !task.due_at) return day;
  // due_at carries the user's offset: its clock time is the user's local time.
  const time = task.due_at.slice(11, 16);
  return `${day}, ${time}`;
}

/** "today", "tomorrow", "in 5 days", "3 days ago" between two calendar dates. */
export function relativeDays(date: string, today: string): string {
  const days = Math.round((calendarDate(date).getTime() - calendarDate(today).getTime()) / DAY);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

export function signed(value: number, unit: string | null): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${Math.abs(value)}${unit ? ` ${unit}` : ''}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A type name as a word: `task_done` → "task done". */
export function words(name: string): string {
  return name.replace(/_/g, ' ');
}
