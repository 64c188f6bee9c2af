import * as chrono from 'chrono-node/en';
import { DateTime } from 'luxon';
import { chronoReference, fromChrono, type ParsedWhen } from './parse-when.ts';
import { localDate, localDayBounds } from './zone.ts';

/**
 * Reads when something happened ("yesterday evening", "last Tuesday", "this morning",
 * RFC 3339) in the user's zone. Unlike due dates, a bare weekday or time means the most
 * recent one, never one still to come. Returns null when no date can be read.
 */
export function parsePastWhen(text: string, now: Date, zone: string): ParsedWhen | null {
  const [result] = chrono.parse(text, chronoReference(now, zone), { forwardDate: false });
  if (!result) return null;
  const parsed = fromChrono(result, zone);
  const start = result.start;
  if (parsed.at <= now || start.isCertain('day') || start.isCertain('month')) return parsed;
  // "tuesday" → last week's when this week's is still ahead; "10pm" → yesterday's.
  const back = start.isCertain('weekday') ? { days: 7 } : { days: 1 };
  if (parsed.dateOnly) {
    const date = DateTime.fromISO(parsed.date).minus(back).toISODate() as string;
    return { at: localDayBounds(date, zone).start, dateOnly: true, date };
  }
  const at = DateTime.fromJSDate(parsed.at, { zone }).minus(back).toJSDate();
  return { at, dateOnly: false, date: localDate(at, zone) };
}
