import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../src/dates/parse-when.ts';
import { formatInZone } from '../../src/dates/zone.ts';

// Sunday 2026-11-22 at 20:30 UTC: 21:30 in Berlin, 15:30 in New York.
const NOW = new Date('2026-11-22T20:30:00Z');

const cases: { zone: string; given: string; want: string; dateOnly: boolean }[] = [
  {
    zone: 'Europe/Berlin',
    given: 'tomorrow 5pm',
    want: '2026-11-23T17:00:00.000+01:00',
    dateOnly: false,
  },
  {
    zone: 'America/New_York',
    given: 'tomorrow 5pm',
    want: '2026-11-23T17:00:00.000-05:00',
    dateOnly: false,
  },
  {
    zone: 'Europe/Berlin',
    given: 'next friday',
    want: '2026-11-27T00:00:00.000+01:00',
    dateOnly: true,
  },
  {
    zone: 'America/New_York',
    given: 'next friday',
    want: '2026-11-27T00:00:00.000-05:00',
    dateOnly: true,
  },
  // A bare weekday is the coming one, never the one just past.
  { zone: 'Europe/Berlin', given: 'friday', want: '2026-11-27T00:00:00.000+01:00', dateOnly: true },
  {
    zone: 'Europe/Berlin',
    given: 'in 3 days',
    want: '2026-11-25T00:00:00.000+01:00',
    dateOnly: true,
  },
  // A bare time already past today is tomorrow's (21:30 in Berlin), still today in New York.
  { zone: 'Europe/Berlin', given: '5pm', want: '2026-11-23T17:00:00.000+01:00', dateOnly: false },
  {
    zone: 'America/New_York',
    given: '5pm',
    want: '2026-11-22T17:00:00.000-05:00',
    dateOnly: false,
  },
  // Late evening in Berlin is already "tomorrow" there, but not in New York.
  {
    zone: 'Europe/Berlin',
    given: 'tomorrow',
    want: '2026-11-23T00:00:00.000+01:00',
    dateOnly: true,
  },
  {
    zone: 'Pacific/Auckland',
    given: 'tomorrow',
    want: '2026-11-24T00:00:00.000+13:00',
    dateOnly: true,
  },
  {
    zone: 'Europe/Berlin',
    given: 'in 2 hours',
    want: '2026-11-22T23:30:00.000+01:00',
    dateOnly: false,
  },
  {
    zone: 'Europe/Berlin',
    given: 'Dec 3 at 10:30',
    want: '2026-12-03T10:30:00.000+01:00',
    dateOnly: false,
  },
  {
    zone: 'Europe/Berlin',
    given: '2026-12-01',
    want: '2026-12-01T00:00:00.000+01:00',
    dateOnly: true,
  },
  {
    zone: 'Europe/Berlin',
    given: 'yesterday',
    want: '2026-11-21T00:00:00.000+01:00',
    dateOnly: true,
  },
  {
    zone: 'America/New_York',
    given: 'tonight',
    want: '2026-11-22T22:00:00.000-05:00',
    dateOnly: false,
  },
  // Across the spring change: 9am on 2027-03-28 in Berlin is summer time (+02:00).
  {
    zone: 'Europe/Berlin',
    given: 'March 28 2027 at 9am',
    want: '2027-03-28T09:00:00.000+02:00',
    dateOnly: false,
  },
  {
    zone: 'America/New_York',
    given: 'March 15 2027 9am',
    want: '2027-03-15T09:00:00.000-04:00',
    dateOnly: false,
  },
];

describe('parseWhen', () => {
  it.each(cases)('reads "$given" in $zone', ({ zone, given, want, dateOnly }) => {
    const parsed = parseWhen(given, NOW, zone);
    expect(parsed).not.toBeNull();
    expect(formatInZone(parsed?.at as Date, zone)).toBe(want);
    expect(parsed?.dateOnly).toBe(dateOnly);
    expect(parsed?.date).toBe(want.slice(0, 10));
  });

  it.each(['whenever', 'soon-ish', '', 'banana'])('returns null for "%s"', (given) => {
    expect(parseWhen(given, NOW, 'Europe/Berlin')).toBeNull();
  });
});
