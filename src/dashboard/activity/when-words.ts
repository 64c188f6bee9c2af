/**
 * A moment as a person reads it, in their zone: `Today 09:12`, `Yesterday 18:40`,
 * `Fri 4 Dec 17:00` (with the year when not this one).
 */
export function momentWords(iso: string, zone: string, now: Date): string {
  const at = new Date(iso);
  const day = dayIn(at, zone);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  if (day === dayIn(now, zone)) return `Today ${time}`;
  if (day === dayIn(new Date(now.getTime() - 86_400_000), zone)) return `Yesterday ${time}`;
  const sameYear = yearIn(at, zone) === yearIn(now, zone);
  const words = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(!sameYear && { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return words.replace(/,/g, '');
}

/** A calendar day (YYYY-MM-DD) as a person reads it: `Fri 4 Dec`. */
export function dayWords(isoDate: string, zone: string, now: Date): string {
  const at = new Date(`${isoDate}T12:00:00Z`);
  const sameYear = at.getUTCFullYear() === Number(yearIn(now, zone));
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(!sameYear && { year: 'numeric' }),
  })
    .format(at)
    .replace(/,/g, '');
}

function yearIn(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric' }).format(at);
}

/** The calendar day of a moment in a zone, as YYYY-MM-DD. */
function dayIn(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(at);
}
