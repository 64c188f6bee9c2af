import { describe, expect, it } from 'vitest';
import { describeAge, nextBirthday } from '../../src/subjects/describe-age.ts';
import { type BirthdayInput, resolveBirthday } from '../../src/subjects/normalize-birthday.ts';

const TODAY = '2026-11-22';

// `stored` is [year, month, day, precision]; `echo` is the age_text a response gives.
const cases: {
  name: string;
  given: BirthdayInput;
  stored: [number | null, number | null, number | null, string | null];
  echo: string | null;
}[] = [
  {
    name: '6 months old',
    given: { age_text: '6 months old' },
    stored: [2026, 5, null, 'month'],
    echo: 'about 6 months',
  },
  {
    name: 'about 2 years',
    given: { age_text: 'about 2 years' },
    stored: [2024, null, null, 'year'],
    echo: 'about 2 years',
  },
  {
    name: '3 yo',
    given: { age_text: '3 yo' },
    stored: [2023, null, null, 'year'],
    echo: 'about 3 years',
  },
  {
    name: '3 y/o',
    given: { age_text: '3 y/o' },
    stored: [2023, null, null, 'year'],
    echo: 'about 3 years',
  },
  {
    name: 'two years',
    given: { age_text: 'two years' },
    stored: [2024, null, null, 'year'],
    echo: 'about 2 years',
  },
  {
    name: 'a year and a half',
    given: { age_text: 'a year and a half' },
    stored: [2025, 5, null, 'month'],
    echo: 'about 18 months',
  },
  {
    name: '1.5 years',
    given: { age_text: '1.5 years' },
    stored: [2025, 5, null, 'month'],
    echo: 'about 18 months',
  },
  {
    name: '2 and a half years',
    given: { age_text: '2 and a half years' },
    stored: [2024, 5, null, 'month'],
    echo: 'about 2 years',
  },
  {
    name: '2 years and 3 months',
    given: { age_text: '2 years and 3 months' },
    stored: [2024, 8, null, 'month'],
    echo: 'about 2 years',
  },
  {
    name: '18 months',
    given: { age_text: '18 months' },
    stored: [2025, 5, null, 'month'],
    echo: 'about 18 months',
  },
  {
    name: '10 weeks old',
    given: { age_text: '10 weeks old' },
    stored: [2026, 9, 13, 'day'],
    echo: '2 months',
  },
  {
    name: '5 days old',
    given: { age_text: '5 days old' },
    stored: [2026, 11, 17, 'day'],
    echo: '5 days',
  },
  {
    name: 'around 7',
    given: { age_text: 'around 7' },
    stored: [2019, null, null, 'year'],
    echo: 'about 7 years',
  },
  {
    name: 'almost 1 year',
    given: { age_text: 'almost 1 year' },
    stored: [2025, null, null, 'year'],
    echo: 'about 1 year',
  },
  {
    name: 'age_months 14',
    given: { age_months: 14 },
    stored: [2025, 9, null, 'month'],
    echo: 'about 14 months',
  },
  {
    name: 'birth_date',
    given: { birth_date: '2020-02-29' },
    stored: [2020, 2, 29, 'day'],
    echo: '6 years',
  },
  {
    name: 'birth_month',
    given: { birth_month: '2024-05' },
    stored: [2024, 5, null, 'month'],
    echo: 'about 2 years',
  },
  {
    name: 'birth_year',
    given: { birth_year: 2015 },
    stored: [2015, null, null, 'year'],
    echo: 'about 11 years',
  },
  {
    name: 'a birth_year this year',
    given: { birth_year: 2026 },
    stored: [2026, null, null, 'year'],
    echo: 'under a year',
  },
  { name: 'null clears', given: { age_text: null }, stored: [null, null, null, null], echo: null },
];

describe('birthday inputs', () => {
  it.each(cases)('stores and echoes $name', ({ given, stored, echo }) => {
    const birthday = resolveBirthday(given, TODAY);
    expect(birthday).toBeDefined();
    if (!birthday) return;
    expect([
      birthday.birth_year,
      birthday.birth_month,
      birthday.birth_day,
      birthday.birthday_precision,
    ]).toEqual(stored);
    expect(describeAge(birthday, TODAY)).toBe(echo);
  });

  it('leaves the birthday alone when no field is given', () => {
    expect(resolveBirthday({}, TODAY)).toBeUndefined();
  });

  it('refuses two birthday fields at once', () => {
    expect(() => resolveBirthday({ age_text: '2 years', birth_year: 2024 }, TODAY)).toThrow(
      expect.objectContaining({ status: 422, code: 'conflicting_inputs' }),
    );
  });

  it.each(['old', 'a while', 'banana years', '2 bananas'])('refuses "%s" as an age', (text) => {
    expect(() => resolveBirthday({ age_text: text }, TODAY)).toThrow(
      expect.objectContaining({ status: 422, code: 'unparseable_age' }),
    );
  });

  it('refuses a birthday after today', () => {
    expect(() => resolveBirthday({ birth_date: '2026-12-01' }, TODAY)).toThrow(
      expect.objectContaining({ code: 'birthday_in_future' }),
    );
  });
});

describe('next birthday', () => {
  const day = (y: number, m: number, d: number) => ({
    birth_year: y,
    birth_month: m,
    birth_day: d,
    birthday_precision: 'day' as const,
  });
  it.each([
    { name: 'later this year', given: day(2020, 12, 24), want: '2026-12-24' },
    { name: 'today', given: day(2020, 11, 22), want: '2026-11-22' },
    { name: 'next year once passed', given: day(2020, 3, 1), want: '2027-03-01' },
    { name: 'Feb 29 in a common year', given: day(2020, 2, 29), want: '2027-02-28' },
  ])('is $want for a birthday $name', ({ given, want }) => {
    expect(nextBirthday(given, TODAY)).toBe(want);
  });

  it('is unknown without the day', () => {
    expect(
      nextBirthday(
        { birth_year: 2020, birth_month: 3, birth_day: null, birthday_precision: 'month' },
        TODAY,
      ),
    ).toBeNull();
  });
});
