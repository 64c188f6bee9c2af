import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatInZone, localDate, offsetMinutes } from '../../src/dates/zone.ts';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Africa/Monrovia',
];

/** luxon's own writing of the instant in the zone, the slow way formatInZone avoids. */
function reference(at: Date, zone: string): string {
  const text = DateTime.fromJSDate(at, { zone }).toISO({ includeOffset: true }) as string;
  return text.endsWith('+00:00') ? `${text.slice(0, -6)}Z` : text;
}

describe('formatInZone', () => {
  it('writes every instant as luxon does, across zones, odd offsets and DST changes', () => {
    fc.assert(
      fc.property(
        // From 1973: before, some of these zones kept local mean time, offsets of no whole minute.
        fc.date({
          min: new Date('1973-01-01T00:00:00Z'),
          max: new Date('2999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...ZONES),
        (at, zone) => {
          expect(formatInZone(at, zone)).toBe(reference(at, zone));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('writes each millisecond around a DST change right', () => {
    const change = Date.parse('2026-03-29T01:00:00Z'); // Berlin: 02:00 CET → 03:00 CEST
    for (let ms = change - 2_000; ms < change + 2_000; ms += 7) {
      const at = new Date(ms);
      expect(formatInZone(at, 'Europe/Berlin')).toBe(reference(at, 'Europe/Berlin'));
    }
    expect(formatInZone(new Date(change - 1), 'Europe/Berlin')).toBe(
      '2026-03-29T01:59:59.999+01:00',
    );
    expect(formatInZone(new Date(change), 'Europe/Berlin')).toBe('2026-03-29T03:00:00.000+02:00');
  });

  it('agrees with offsetMinutes and localDate', () => {
    const at = new Date('2026-11-23T23:30:00.250Z');
    expect(offsetMinutes(at, 'Europe/Berlin')).toBe(60);
    expect(localDate(at, 'Europe/Berlin')).toBe('2026-11-24');
    expect(formatInZone(at, 'Europe/Berlin')).toBe('2026-11-24T00:30:00.250+01:00');
    expect(formatInZone(at, 'UTC')).toBe('2026-11-23T23:30:00.250Z');
  });
});
