import { DateTime } from 'luxon';
import type { Birthday } from './normalize-birthday.ts';

/**
 * The age as people say it, from as much of the birthday as is known: "2 years",
 * "about 6 months" (approximate unless the day is known), or null without a birthday.
 */
export function describeAge(birthday: Birthday, today: string): string | null {
  const { birth_year: year, birth_month: month, birth_day: day } = birthday;
  if (year === null || birthday.birthday_precision === null) return null;
  const now = DateTime.fromISO(today, { zone: 'UTC' });
  if (birthday.birthday_precision === 'year') {
    const years = now.year - year;
    return years < 1 ? 'under a year' : `about ${plural(years, 'year')}`;
  }
  if (birthday.birthday_precision === 'month') {
    const months = (now.year - year) * 12 + (now.month - (month ?? 1));
    return `about ${spanInMonths(months)}`;
  }
  const born = DateTime.fromObject({ year, month: month ?? 1, day: day ?? 1 }, { zone: 'UTC' });
  const months = Math.floor(now.diff(born, 'months').months);
  if (months >= 1) return spanInMonths(months);
  const days = Math.floor(now.diff(born, 'days').days);
  return days >= 14 ? plural(Math.floor(days / 7), 'week') : plural(days, 'day');
}

/** The next birthday on or after today, only when the day is known (Feb 29 → Feb 28). */
export function nextBirthday(birthday: Birthday, today: string): string | null {
  if (birthday.birthday_precision !== 'day') return null;
  const now = DateTime.fromISO(today, { zone: 'UTC' });
  for (const year of [now.year, now.year + 1]) {
    const date = onOrBefore(year, birthday.birth_month ?? 1, birthday.birth_day ?? 1);
    if (date >= now) return date.toISODate();
  }
  return null;
}

function onOrBefore(year: number, month: number, day: number): DateTime {
  const lastDay = DateTime.fromObject({ year, month }, { zone: 'UTC' }).daysInMonth ?? 28;
  return DateTime.fromObject({ year, month, day: Math.min(day, lastDay) }, { zone: 'UTC' });
}

function spanInMonths(months: number): string {
  if (months >= 24) return plural(Math.floor(months / 12), 'year');
  if (months >= 1) return plural(months, 'month');
  return 'under a month';
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
