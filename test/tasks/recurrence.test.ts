import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/core/http-error.ts';
import { formatInZone, localDate, localDayBounds } from '../../src/dates/zone.ts';
import type { DueFields } from '../../src/tasks/due.ts';
import { firstDue, nextDue } from '../../src/tasks/recurrence/occurrences.ts';
import { parseRepeat } from '../../src/tasks/recurrence/parse-repeat.ts';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const NO_DUE: DueFields = { due_at: null, due_by: null, due_date_only: false, due_text: null };

function onDay(date: string, zone: string): DueFields {
  const { start, end } = localDayBounds(date, zone);
  return { due_at: start, due_by: end, due_date_only: true, due_text: null };
}

function at(instant: string): DueFields {
  const when = new Date(instant);
  return { due_at: when, due_by: when, due_date_only: false, due_text: null };
}

/** A due date as the API shows it: the local day for a date-only task, else local time. */
function show(due: DueFields, zone: string): string {
  if (!due.due_at) return 'none';
  return due.due_date_only ? localDate(due.due_at, zone) : formatInZone(due.due_at, zone);
}

interface Case {
  phrase: string;
  rule: string;
  zone: string;
  /** When the repeat is set. */
  now: string;
  /** The due date given with it, if any. */
  due?: DueFields;
  /** The first due date and the next ones, each completed on time. */
  want: string[];
}

const cases = (): Case[] => [
  {
    phrase: 'daily at 8am',
    rule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0',
    zone: BERLIN,
    now: '2026-10-23T10:00:00+02:00',
    want: [
      '2026-10-24T08:00:00.000+02:00',
      '2026-10-25T08:00:00.000+01:00', // Berlin leaves summer time on 2026-10-25
      '2026-10-26T08:00:00.000+01:00',
    ],
  },
  {
    phrase: 'daily at 8am',
    rule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0',
    zone: NEW_YORK,
    now: '2026-10-31T07:00:00-04:00',
    want: [
      '2026-10-31T08:00:00.000-04:00',
      '2026-11-01T08:00:00.000-05:00', // New York leaves daylight time on 2026-11-01
      '2026-11-02T08:00:00.000-05:00',
    ],
  },
  {
    phrase: 'Every day at 8 AM',
    rule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0',
    zone: NEW_YORK,
    now: '2027-03-12T12:00:00-05:00',
    want: [
      '2027-03-13T08:00:00.000-05:00',
      '2027-03-14T08:00:00.000-04:00', // and enters it again on 2027-03-14
      '2027-03-15T08:00:00.000-04:00',
    ],
  },
  {
    phrase: 'every morning',
    rule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0',
    zone: BERLIN,
    now: '2026-10-24T09:00:00+02:00',
    want: ['2026-10-25T08:00:00.000+01:00', '2026-10-26T08:00:00.000+01:00'],
  },
  {
    phrase: 'every day',
    rule: 'FREQ=DAILY',
    zone: BERLIN,
    now: '2026-10-24T09:00:00+02:00',
    want: ['2026-10-24', '2026-10-25', '2026-10-26'],
  },
  {
    phrase: 'daily',
    rule: 'FREQ=DAILY',
    zone: NEW_YORK,
    now: '2026-10-31T23:30:00-04:00',
    want: ['2026-10-31', '2026-11-01', '2026-11-02'],
  },
  {
    phrase: 'every weekday',
    rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    zone: BERLIN,
    now: '2026-10-23T09:00:00+02:00', // a Friday
    want: ['2026-10-23', '2026-10-26', '2026-10-27'],
  },
  {
    phrase: 'weekdays',
    rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    zone: BERLIN,
    now: '2026-10-24T09:00:00+02:00', // a Saturday
    want: ['2026-10-26', '2026-10-27'],
  },
  {
    phrase: 'every Monday',
    rule: 'FREQ=WEEKLY;BYDAY=MO',
    zone: BERLIN,
    now: '2026-10-22T09:00:00+02:00',
    want: ['2026-10-26', '2026-11-02', '2026-11-09'],
  },
  {
    phrase: 'every Monday and Thursday',
    rule: 'FREQ=WEEKLY;BYDAY=MO,TH',
    zone: BERLIN,
    now: '2026-10-22T09:00:00+02:00',
    want: ['2026-10-22', '2026-10-26', '2026-10-29', '2026-11-02'],
  },
  {
    phrase: 'every Friday at 5:30pm',
    rule: 'FREQ=WEEKLY;BYDAY=FR;BYHOUR=17;BYMINUTE=30',
    zone: BERLIN,
    now: '2026-10-21T09:00:00+02:00',
    want: ['2026-10-23T17:30:00.000+02:00', '2026-10-30T17:30:00.000+01:00'],
  },
  {
    phrase: 'every other week',
    rule: 'FREQ=WEEKLY;INTERVAL=2',
    zone: BERLIN,
    now: '2026-10-19T09:00:00+02:00',
    due: onDay('2026-10-20', BERLIN),
    want: ['2026-10-20', '2026-11-03', '2026-11-17'],
  },
  {
    phrase: 'every 2 weeks',
    rule: 'FREQ=WEEKLY;INTERVAL=2',
    zone: NEW_YORK,
    now: '2026-10-19T09:00:00-04:00',
    due: at('2026-10-25T18:00:00-04:00'),
    want: ['2026-10-25T18:00:00.000-04:00', '2026-11-08T18:00:00.000-05:00'],
  },
  {
    phrase: 'weekly',
    rule: 'FREQ=WEEKLY',
    zone: BERLIN,
    now: '2026-10-19T09:00:00+02:00',
    due: at('2026-10-23T17:00:00+02:00'),
    want: ['2026-10-23T17:00:00.000+02:00', '2026-10-30T17:00:00.000+01:00'],
  },
  {
    phrase: 'every 3 months',
    rule: 'FREQ=MONTHLY;INTERVAL=3',
    zone: BERLIN,
    now: '2026-11-01T09:00:00+01:00',
    due: onDay('2026-11-15', BERLIN),
    want: ['2026-11-15', '2027-02-15', '2027-05-15'],
  },
  {
    phrase: 'monthly',
    rule: 'FREQ=MONTHLY',
    zone: BERLIN,
    now: '2026-10-01T09:00:00+02:00',
    due: at('2026-10-10T09:00:00+02:00'),
    want: ['2026-10-10T09:00:00.000+02:00', '2026-11-10T09:00:00.000+01:00'],
  },
  {
    phrase: 'monthly on the 15th',
    rule: 'FREQ=MONTHLY;BYMONTHDAY=15',
    zone: BERLIN,
    now: '2026-10-20T09:00:00+02:00',
    want: ['2026-11-15', '2026-12-15', '2027-01-15'],
  },
  {
    phrase: 'every year',
    rule: 'FREQ=YEARLY',
    zone: NEW_YORK,
    now: '2026-10-20T09:00:00-04:00',
    due: onDay('2026-11-01', NEW_YORK),
    want: ['2026-11-01', '2027-11-01', '2028-11-01'],
  },
  {
    phrase: 'annually',
    rule: 'FREQ=YEARLY',
    zone: BERLIN,
    now: '2026-03-01T09:00:00+01:00',
    due: at('2026-03-28T10:00:00+01:00'),
    want: ['2026-03-28T10:00:00.000+01:00', '2027-03-28T10:00:00.000+02:00'],
  },
  {
    phrase: 'yearly',
    rule: 'FREQ=YEARLY',
    zone: BERLIN,
    now: '2026-05-01T09:00:00+02:00',
    want: ['2026-05-01', '2027-05-01'],
  },
  {
    // Hours are counted as elapsed time, so the wall clock moves across the change.
    phrase: 'every 6 hours',
    rule: 'FREQ=HOURLY;INTERVAL=6',
    zone: BERLIN,
    now: '2026-10-24T18:00:00+02:00',
    due: at('2026-10-24T20:00:00+02:00'),
    want: [
      '2026-10-24T20:00:00.000+02:00',
      '2026-10-25T02:00:00.000+02:00',
      '2026-10-25T07:00:00.000+01:00',
    ],
  },
  {
    phrase: 'twice a day',
    rule: 'FREQ=DAILY;BYHOUR=8,20;BYMINUTE=0',
    zone: NEW_YORK,
    now: '2026-10-31T09:00:00-04:00',
    want: [
      '2026-10-31T20:00:00.000-04:00',
      '2026-11-01T08:00:00.000-05:00',
      '2026-11-01T20:00:00.000-05:00',
    ],
  },
  {
    phrase: 'every day at 7:30 and 19:30',
    rule: 'FREQ=DAILY;BYHOUR=7,19;BYMINUTE=30',
    zone: BERLIN,
    now: '2026-10-24T20:00:00+02:00',
    want: ['2026-10-25T07:30:00.000+01:00', '2026-10-25T19:30:00.000+01:00'],
  },
  {
    phrase: 'every other Tuesday',
    rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    zone: BERLIN,
    now: '2026-10-19T09:00:00+02:00',
    want: ['2026-10-20', '2026-11-03'],
  },
  {
    phrase: 'every other day',
    rule: 'FREQ=DAILY;INTERVAL=2',
    zone: BERLIN,
    now: '2026-10-24T09:00:00+02:00',
    want: ['2026-10-24', '2026-10-26', '2026-10-28'],
  },
  {
    phrase: 'quarterly',
    rule: 'FREQ=MONTHLY;INTERVAL=3',
    zone: BERLIN,
    now: '2026-10-24T09:00:00+02:00',
    due: onDay('2026-12-01', BERLIN),
    want: ['2026-12-01', '2027-03-01'],
  },
  {
    phrase: 'fortnightly',
    rule: 'FREQ=WEEKLY;INTERVAL=2',
    zone: BERLIN,
    now: '2026-10-24T09:00:00+02:00',
    want: ['2026-10-24', '2026-11-07'],
  },
  {
    // A time skipped by the spring change happens at the first moment after it.
    phrase: 'daily at 2:30am',
    rule: 'FREQ=DAILY;BYHOUR=2;BYMINUTE=30',
    zone: NEW_YORK,
    now: '2027-03-13T03:00:00-05:00',
    want: ['2027-03-14T03:30:00.000-04:00', '2027-03-15T02:30:00.000-04:00'],
  },
];

describe('repeat phrases → RRULE → occurrences in the user’s zone', () => {
  it.each(cases())('$phrase in $zone from $now', ({ phrase, rule, zone, now, due, want }) => {
    const repeat = parseRepeat(phrase);
    expect(repeat).toEqual({ text: phrase, rule });
    let current = firstDue(repeat.rule, due ?? NO_DUE, new Date(now), zone);
    const seen = [show(current, zone)];
    while (seen.length < want.length) {
      // Completed on time: at the due time, or at the start of the due day.
      const next = nextDue(repeat.rule, current, current.due_at as Date, zone);
      expect(next).not.toBeNull();
      current = next as DueFields;
      seen.push(show(current, zone));
    }
    expect(seen).toEqual(want);
  });

  it.each([
    'every monkey',
    'every 0 days',
    'daily at 25:00',
    'hourly at 8am',
    'every 2 fortnights',
    'twice a week',
    'sometimes',
    'every Mon at 8:15 and 9:30',
  ])('refuses "%s" with unknown_repeat and examples in the hint', (phrase) => {
    try {
      parseRepeat(phrase);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HttpError);
      const problem = error as HttpError;
      expect(problem.status).toBe(422);
      expect(problem.code).toBe('unknown_repeat');
      expect(problem.hint).toContain('"every Monday and Thursday"');
    }
  });
});

describe('the occurrence after a completion', () => {
  const daily8 = parseRepeat('daily at 8am').rule;

  it('skips occurrences already past when completed late', () => {
    const next = nextDue(
      daily8,
      at('2026-10-20T08:00:00+02:00'),
      new Date('2026-10-23T12:00:00+02:00'),
      BERLIN,
    );
    expect(show(next as DueFields, BERLIN)).toBe('2026-10-24T08:00:00.000+02:00');
  });

  it('keeps today for a date-only task completed a day late', () => {
    const next = nextDue(
      'FREQ=DAILY',
      onDay('2026-10-20', BERLIN),
      new Date('2026-10-21T12:00:00+02:00'),
      BERLIN,
    );
    expect(show(next as DueFields, BERLIN)).toBe('2026-10-21');
  });

  it('moves past the due one when completed early', () => {
    const next = nextDue(
      'FREQ=DAILY',
      onDay('2026-10-25', BERLIN),
      new Date('2026-10-23T12:00:00+02:00'),
      BERLIN,
    );
    expect(show(next as DueFields, BERLIN)).toBe('2026-10-26');
  });

  it('keeps a given due time instead of moving it onto the rule', () => {
    const due = at('2026-10-23T17:00:00+02:00');
    expect(firstDue(daily8, due, new Date('2026-10-20T09:00:00+02:00'), BERLIN)).toBe(due);
  });
});
