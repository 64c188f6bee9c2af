import { DateTime, IANAZone } from 'luxon';

/** True for IANA names such as `Europe/Berlin` (and `UTC`). */
export function isValidTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

const offsetCache = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 15 * 60_000;

/**
 * The zone's UTC offset in minutes at an instant. Every real offset change happens on a
 * quarter-hour boundary, so the offset is constant within one and can be cached by it;
 * this keeps list serialization off luxon's (Intl-based) slow path.
 */
export function offsetMinutes(at: Date, zone: string): number {
  const bucket = Math.floor(at.getTime() / QUARTER_HOUR);
  let buckets = offsetCache.get(zone);
  if (!buckets) {
    buckets = new Map();
    offsetCache.set(zone, buckets);
  }
  let offset = buckets.get(bucket);
  if (offset === undefined) {
    offset = IANAZone.create(zone).offset(at.getTime());
    if (buckets.size > 50_000) buckets.clear();
    buckets.set(bucket, offset);
  }
  return offset;
}

/** RFC 3339 with the zone's offset, e.g. `2026-11-23T17:00:00.000+01:00`. */
export function formatInZone(at: Date, zone: string): string {
  const offset = offsetMinutes(at, zone);
  const local = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, -1);
  if (offset === 0) return `${local}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
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
