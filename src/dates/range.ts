import { dateOutOfRange } from '../core/problems/input.ts';

/**
 * The dates Tend stores: JSON Schema's `date-time` admits years 1 to 9999, but far-off
 * years break offsets (local mean time) and formatting (a year past 9999 in some zone),
 * and no task or record of a person's life needs them.
 */
export const EARLIEST = new Date('1900-01-01T00:00:00Z');
export const LATEST = new Date('3000-01-01T00:00:00Z');

export function assertInRange(at: Date, pointer: string): Date {
  if (at >= EARLIEST && at < LATEST) return at;
  throw dateOutOfRange({
    pointer,
    detail: 'Dates must fall between the years 1900 and 2999.',
    hint: 'Check the date with the user; a typo in the year is likely.',
    reason: 'is not between 1900 and 2999',
  });
}

/** For filters, where any date is a fair question: the nearest date Tend can hold. */
export function clampToRange(at: Date): Date {
  if (at < EARLIEST) return EARLIEST;
  if (at >= LATEST) return LATEST;
  return at;
}
