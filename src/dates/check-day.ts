import { assertInRange } from './range.ts';

/** A YYYY-MM-DD query date Tend can hold (1900–2999), else a 422 naming the parameter. */
export function checkDay<T extends string | undefined>(day: T, name: string): T {
  if (day !== undefined) assertInRange(new Date(`${day}T12:00:00Z`), `/query/${name}`);
  return day;
}
