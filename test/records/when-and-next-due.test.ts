import { describe, expect, it } from 'vitest';
import { formatInZone } from '../../src/dates/zone.ts';
import { resolveNextDue } from '../../src/records/next-due.ts';
import { resolveOccurred } from '../../src/records/occurred.ts';

// Sunday 2026-11-22 at 20:30 UTC: 21:30 in Berlin, 15:30 in New York.
const NOW = new Date('2026-11-22T20:30:00Z');

const whenCases: { zone: string; given: string; at: string; dateOnly: boolean }[] = [
  {
    zone: 'Europe/Berlin',
    given: 'yesterday evening',
    at: '2026-11-21T20:00:00.000+01:00',
    dateOnly: false,
  },
  {
    zone: 'Europe/Berlin',
    given: 'last Tuesday',
    at: '2026-11-17T00:00:00.000+01:00',
    dateOnly: true,
  },
  { zone: 'Europe/Berlin', given: 'tuesday', at: '2026-11-17T00:00:00.000+01:00', dateOnly: true },
  { zone: 'Europe/Berlin', given: 'sunday', at: '2026-11-22T00:00:00.000+01:00', dateOnly: true },
  {
    zone: 'Europe/Berlin',
    given: 'this morning',
    at: '2026-11-22T06:00:00.000+01:00',
    dateOnly: false,
  },
  {
    zone: 'Europe/Berlin',
    given: 'yesterday',
    at: '2026-11-21T00:00:00.000+01:00',
    dateOnly: true,
  },
  {
    zone: 'Europe/Berlin',
    given: '3 days ago',
    at: '2026-11-19T00:00:00.000+01:00',
    dateOnly: true,
  },
  { zone: 'Europe/Berlin', given: '11pm', at: '2026-11-21T23:00:00.000+01:00', dateOnly: false },
  { zone: 'America/New_York', given: '11pm', at: '2026-11-21T23:00:00.000-05:00', dateOnly: false },
  { zone: 'America/New_York', given: '9am', at: '2026-11-22T09:00:00.000-05:00', dateOnly: false },
  { zone: 'Europe/Berlin', given: 'Nov 3', at: '2026-11-03T00:00:00.000+01:00', dateOnly: true },
  {
    zone: 'Europe/Berlin',
    given: '2026-11-20T08:00:00+01:00',
    at: '2026-11-20T08:00:00.000+01:00',
    dateOnly: false,
  },
];

describe('when a record happened', () => {
  it.each(whenCases)('reads "$given" in $zone as $at', ({ zone, given, at, dateOnly }) => {
    const occurred = resolveOccurred(given, NOW, zone);
    expect(formatInZone(occurred.occurred_at, zone)).toBe(at);
    expect(occurred.occurred_on).toBe(at.slice(0, 10));
    expect(occurred.occurred_date_only).toBe(dateOnly);
    expect(occurred.when_text).toBe(given);
  });

  it('is now when not given, with no words to echo', () => {
    expect(resolveOccurred(undefined, NOW, 'Europe/Berlin')).toEqual({
      occurred_at: NOW,
      occurred_on: '2026-11-22',
      occurred_date_only: false,
      when_text: null,
    });
  });

  it('refuses words that are no date', () => {
    expect(() => resolveOccurred('at some point', NOW, 'Europe/Berlin')).toThrow(
      expect.objectContaining({ status: 422, code: 'unparseable_date' }),
    );
  });
});

const dueCases: { given: string; occurred: string; want: string }[] = [
  { given: 'in 1 year', occurred: '2026-11-21', want: '2027-11-21' },
  { given: 'in a year', occurred: '2026-11-21', want: '2027-11-21' },
  { given: 'every 3 months', occurred: '2026-11-22', want: '2027-02-22' },
  { given: 'yearly', occurred: '2026-02-28', want: '2027-02-28' },
  { given: 'monthly', occurred: '2026-01-31', want: '2026-02-28' },
  { given: 'every 2 weeks', occurred: '2026-11-22', want: '2026-12-06' },
  { given: 'in 10 days', occurred: '2026-11-20', want: '2026-11-30' },
  { given: 'next march', occurred: '2026-11-22', want: '2027-03-01' },
  { given: 'Dec 3', occurred: '2026-11-22', want: '2026-12-03' },
];

describe('next due date', () => {
  it.each(dueCases)('reads "$given" after $occurred as $want', ({ given, occurred, want }) => {
    expect(
      resolveNextDue({ next_due_text: given }, 'vaccination', occurred, NOW, 'Europe/Berlin'),
    ).toEqual({ next_due: want, next_due_text: given });
  });

  it('is only for vaccinations and medications', () => {
    expect(() =>
      resolveNextDue({ next_due_text: 'in 1 year' }, 'weight', '2026-11-22', NOW, 'UTC'),
    ).toThrow(expect.objectContaining({ code: 'next_due_not_applicable' }));
  });

  it('refuses words that are no date or interval', () => {
    expect(() =>
      resolveNextDue({ next_due_text: 'whenever' }, 'medication', '2026-11-22', NOW, 'UTC'),
    ).toThrow(expect.objectContaining({ code: 'unparseable_date' }));
  });
});
