import type * as chronoTypes from 'chrono-node';
// English only, as Tend reads dates: the package's root loads every locale (a fifth of a
// second at each start) for the same English parser.
import * as chrono from 'chrono-node/en';
import { DateTime } from 'luxon';
import { localDate, localDayBounds, offsetMinutes } from './zone.ts';

export interface ParsedWhen {
  /** The instant meant; for a date-only phrase, the start of that day in the zone. */
  at: Date;
  /** True when the phrase names a day but no time of day ("friday", "in 3 days"). */
  dateOnly: boolean;
  /** The local calendar day (YYYY-MM-DD). */
  date: string;
}

// Words that name a time of day without a clock time; chrono implies an hour for them.
const TIME_OF_DAY = /\b(tonight|morning|afternoon|evening|night|noon|midnight|lunch)\b/i;

/**
 * Reads a date from human words in the user's time zone. A weekday or a bare time means
 * the coming one (chrono's forwardDate), so relative phrases never land in the past by
 * accident; explicitly past phrases ("yesterday") are honoured. Returns null when no date
 * can be read.
 */
export function parseWhen(text: string, now: Date, zone: string): ParsedWhen | null {
  const [result] = chrono.parse(text, chronoReference(now, zone), { forwardDate: true });
  return result ? fromChrono(result, zone) : null;
}

export function chronoReference(now: Date, zone: string): chronoTypes.ParsingReference {
  return { instant: now, timezone: offsetMinutes(now, zone) };
}

/** Places what chrono read in the user's zone, as a day or an instant. */
export function fromChrono(result: chronoTypes.ParsedResult, zone: string): ParsedWhen {
  const start = result.start;
  const hasTime = start.isCertain('hour') || TIME_OF_DAY.test(result.text);
  if (!hasTime) {
    const date = isoDate(start.get('year'), start.get('month'), start.get('day'));
    return { at: localDayBounds(date, zone).start, dateOnly: true, date };
  }
  // An explicit offset ("…Z", "in 2 hours") fixes the instant; otherwise the wall-clock
  // time is placed in the user's zone, which gets daylight-saving changes right.
  const at = start.isCertain('timezoneOffset')
    ? start.date()
    : DateTime.fromObject(
        {
          year: start.get('year') ?? undefined,
          month: start.get('month') ?? undefined,
          day: start.get('day') ?? undefined,
          hour: start.get('hour') ?? 0,
          minute: start.get('minute') ?? 0,
          second: start.get('second') ?? 0,
          millisecond: start.get('millisecond') ?? 0,
        },
        { zone },
      ).toJSDate();
  return { at, dateOnly: false, date: localDate(at, zone) };
}

function isoDate(year: number | null, month: number | null, day: number | null): string {
  const pad = (n: number | null, width: number) => String(n ?? 1).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
