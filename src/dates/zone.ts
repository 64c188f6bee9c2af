import { DateTime, IANAZone } from 'luxon';

/** True for IANA names such as `Europe/Berlin` (and `UTC`). */
export function isValidTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

const QUARTER_HOUR = 15 * 60_000;
const HOUR = 60 * 60_000;

/** A zone's quarter of an hour: its offset, and what every instant in it shares in writing. */
interface Quarter {
  /** UTC offset in minutes. */
  offset: number;
  /** `YYYY-MM-DDTHH:` in local time; absent when the offset is no whole quarter hour. */
  head: string | undefined;
  /** `Z` or `±HH:MM`. */
  tail: string;
}

const quarterCache = new Map<string, Map<number, Quarter>>();
// Lists format many instants in one zone in a row: the zone's map is kept at hand.
let lastZone: string | undefined;
let lastQuarters: Map<number, Quarter> | undefined;

/**
 * Every real offset change happens on a quarter-hour boundary, so the offset is constant
 * within one and can be cached by it; this keeps list serialization off luxon's
 * (Intl-based) slow path. With an offset of whole quarter hours the local date and hour
 * are constant within one too, so formatting an instant only writes minutes and seconds.
 */
function quarterOf(ms: number, zone: string): Quarter {
  let quarters = zone === lastZone ? lastQuarters : quarterCache.get(zone);
  if (!quarters) {
    quarters = new Map();
    quarterCache.set(zone, quarters);
  }
  lastZone = zone;
  lastQuarters = quarters;
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let quarter = quarters.get(bucket);
  if (quarter === undefined) {
    const offset = IANAZone.create(zone).offset(ms);
    const local = new Date(ms + offset * 60_000).toISOString();
    quarter = {
      offset,
      // A year beyond 0000–9999 is written with six digits: formatted the long way.
      head: offset % 15 === 0 && local.length === 24 ? local.slice(0, 14) : undefined,
      tail: offsetText(offset),
    };
    if (quarters.size > 50_000) quarters.clear();
    quarters.set(bucket, quarter);
  }
  return quarter;
}

function offsetText(offset: number): string {
  if (offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/** The zone's UTC offset in minutes at an instant. */
export function offsetMinutes(at: Date, zone: string): number {
  return quarterOf(at.getTime(), zone).offset;
}

/** RFC 3339 with the zone's offset, e.g. `2026-11-23T17:00:00.000+01:00`. */
export function formatInZone(at: Date, zone: string): string {
  const ms = at.getTime();
  const { offset, head, tail } = quarterOf(ms, zone);
  if (head === undefined) {
    return new Date(ms + offset * 60_000).toISOString().slice(0, -1) + tail;
  }
  const inHour = (((ms + offset * 60_000) % HOUR) + HOUR) % HOUR;
  const inMinute = inHour % 60_000;
  return (
    head +
    TWO_DIGITS[Math.floor(inHour / 60_000)] +
    ':' +
    TWO_DIGITS[Math.floor(inMinute / 1000)] +
    '.' +
    THREE_DIGITS[inMinute % 1000] +
    tail
  );
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(at: Date, zone: string): string {
  return new Date(at.getTime() + offsetMinutes(at, zone) * 60_000).toISOString().slice(0, 10);
}

/** The instant a local calendar day starts in a zone, and the instant the next one starts. */
export function localDayBounds(isoDate: string, zone: string): { start: Date; end: Date } {
  const start = DateTime.fromISO(isoDate, { zone }).startOf('day');
  return { start: start.toJSDate(), end: start.plus({ days: 1 }).toJSDate() };
}
