const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-11-22` → `22 Nov 2026`: a calendar day, the same in every zone. */
export function dayText(date: string): string {
  return DAY.format(new Date(`${date}T12:00:00Z`));
}

/** `2024-05` → `May 2024`. */
export function monthText(month: string): string {
  return MONTH.format(new Date(`${month}-15T12:00:00Z`));
}

/** An RFC 3339 time with the person's offset → `22 Nov 2026, 10:00`, as it reads there. */
export function momentText(at: string, dateOnly: boolean): string {
  const day = dayText(at.slice(0, 10));
  return dateOnly ? day : `${day}, ${at.slice(11, 16)}`;
}
