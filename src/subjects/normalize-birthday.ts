import { DateTime } from 'luxon';
import { conflictingInputs, dateOutOfRange, eachConflicts } from '../core/problems/input.ts';
import { birthdayInFuture, unparseableAge } from '../core/problems/subjects.ts';
import { EARLIEST } from '../dates/range.ts';
import { parseAgeText } from './parse-age-text.ts';

export type BirthdayPrecision = 'day' | 'month' | 'year';

/** How a birthday is stored: as much of the date as is known. */
export interface Birthday {
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  birthday_precision: BirthdayPrecision | null;
}

export interface BirthdayInput {
  birth_date?: string | null;
  birth_month?: string | null;
  birth_year?: number | null;
  age_text?: string | null;
  age_months?: number | null;
}

const NO_BIRTHDAY: Birthday = {
  birth_year: null,
  birth_month: null,
  birth_day: null,
  birthday_precision: null,
};
const BIRTHDAY_KEYS = [
  'birth_date',
  'birth_month',
  'birth_year',
  'age_text',
  'age_months',
] as const;

/**
 * Turns whichever one birthday input was given into stored fields, relative to `today`
 * (the user's local date); undefined when none was given, all-null when one was null.
 */
export function resolveBirthday(input: BirthdayInput, today: string): Birthday | undefined {
  const given = BIRTHDAY_KEYS.filter((key) => input[key] !== undefined);
  if (given.length === 0) return undefined;
  if (given.length > 1) {
    throw conflictingInputs({
      errors: eachConflicts(given, 'birthday field'),
      hint: 'Send the birthday once: birth_date, birth_month or birth_year when known, else age_text in the user’s words.',
    });
  }
  const key = given[0] as (typeof BIRTHDAY_KEYS)[number];
  if (input[key] === null) return NO_BIRTHDAY;
  const now = DateTime.fromISO(today, { zone: 'UTC' });
  const birthday = fromInput(key, input, now);
  const born = DateTime.fromObject(
    {
      year: birthday.birth_year ?? 0,
      month: birthday.birth_month ?? 1,
      day: birthday.birth_day ?? 1,
    },
    { zone: 'UTC' },
  );
  if (born > now) {
    throw birthdayInFuture(born.toISODate() as string, today, `/body/${key}`);
  }
  // Dates before 1900 are beyond what Tend stores (src/dates/range.ts) and no living
  // person's or pet's birthday.
  if ((birthday.birth_year ?? 0) < EARLIEST.getUTCFullYear()) {
    throw dateOutOfRange({
      pointer: `/body/${key}`,
      detail: 'Birthdays must fall in 1900 or later.',
      hint: 'Check the year with the user; a typo is likely.',
      reason: 'is before 1900',
    });
  }
  return birthday;
}

function fromInput(key: string, input: BirthdayInput, now: DateTime): Birthday {
  if (key === 'birth_date') {
    const date = DateTime.fromISO(input.birth_date as string, { zone: 'UTC' });
    return {
      birth_year: date.year,
      birth_month: date.month,
      birth_day: date.day,
      birthday_precision: 'day',
    };
  }
  if (key === 'birth_month') {
    const [year, month] = (input.birth_month as string).split('-').map(Number);
    return {
      ...NO_BIRTHDAY,
      birth_year: year ?? null,
      birth_month: month ?? null,
      birthday_precision: 'month',
    };
  }
  if (key === 'birth_year') {
    return { ...NO_BIRTHDAY, birth_year: input.birth_year as number, birthday_precision: 'year' };
  }
  if (key === 'age_months') return monthsAgo(now, input.age_months as number);
  const age = parseAgeText(input.age_text as string);
  if (!age) {
    throw unparseableAge(input.age_text as string);
  }
  if (age.precision === 'year') {
    return { ...NO_BIRTHDAY, birth_year: now.year - age.years, birthday_precision: 'year' };
  }
  if (age.precision === 'month') return monthsAgo(now, age.years * 12 + age.months);
  const born = now.minus({ years: age.years, months: age.months, days: age.days });
  return {
    birth_year: born.year,
    birth_month: born.month,
    birth_day: born.day,
    birthday_precision: 'day',
  };
}

function monthsAgo(now: DateTime, months: number): Birthday {
  const born = now.minus({ months });
  return {
    ...NO_BIRTHDAY,
    birth_year: born.year,
    birth_month: born.month,
    birthday_precision: 'month',
  };
}
