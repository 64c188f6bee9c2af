import { DateTime, type DurationLikeObject } from 'luxon';
import { lookupTable } from '../core/lookup-table.ts';
import { conflictingInputs, eachConflicts, unparseableDate } from '../core/problems/input.ts';
import { nextDueNotApplicable } from '../core/problems/records.ts';
import { parseWhen } from '../dates/parse-when.ts';
import type { RecordType } from './normalize-type.ts';

export interface NextDueInput {
  next_due?: string | null;
  next_due_text?: string | null;
}

export interface NextDueFields {
  next_due: string | null;
  next_due_text: string | null;
}

/** Only these have a next dose or booster. */
export const TYPES_WITH_NEXT_DUE: readonly RecordType[] = ['vaccination', 'medication'];

const NUMBERS = lookupTable<number>({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  six: 6,
  twelve: 12,
});
const EVERY =
  /^(?:in|every|each|after|repeat(?:ing)?(?: every)?)?\s*(\d+|a|an|one|two|three|six|twelve)?\s*(day|week|month|year)s?(?:\s+(?:later|from now|after))?$/;
const ADVERBS = lookupTable<DurationLikeObject>({
  daily: { days: 1 },
  weekly: { weeks: 1 },
  fortnightly: { weeks: 2 },
  monthly: { months: 1 },
  quarterly: { months: 3 },
  yearly: { years: 1 },
  annually: { years: 1 },
  annual: { years: 1 },
});

/**
 * When the next dose or booster is due, as a local date. An interval ("in 1 year",
 * "every 3 months", "yearly") counts from the day the record happened; other words
 * ("next march", "Dec 3") are read as a date from today.
 */
export function resolveNextDue(
  input: NextDueInput,
  type: RecordType,
  occurredDate: string,
  now: Date,
  zone: string,
): NextDueFields | undefined {
  const given = (['next_due_text', 'next_due'] as const).filter((k) => input[k] !== undefined);
  if (given.length === 0) return undefined;
  if (given.length > 1) {
    throw conflictingInputs({
      errors: eachConflicts(given, 'next-due field'),
      hint: 'Send next_due_text in the user’s words, or next_due as YYYY-MM-DD.',
    });
  }
  const key = given[0] as 'next_due_text' | 'next_due';
  if (input[key] === null) return { next_due: null, next_due_text: null };
  if (!TYPES_WITH_NEXT_DUE.includes(type)) {
    throw nextDueNotApplicable(type, `/body/${key}`);
  }
  if (key === 'next_due') return { next_due: input.next_due as string, next_due_text: null };
  const text = (input.next_due_text as string).trim();
  const date = fromInterval(text, occurredDate) ?? parseWhen(text, now, zone)?.date;
  if (!date) {
    throw unparseableDate({
      text,
      what: 'a next due date',
      pointer: '/body/next_due_text',
      reason: 'is not a date or interval Tend understands',
      hint: 'Ask the user when the next one is due, then send next_due_text like "in 1 year" or "every 3 months", or next_due as YYYY-MM-DD.',
    });
  }
  return { next_due: date, next_due_text: text };
}

function fromInterval(text: string, occurredDate: string): string | undefined {
  const phrase = text.toLowerCase().replace(/\s+/g, ' ');
  let duration = ADVERBS[phrase];
  const match = EVERY.exec(phrase);
  if (!duration && match) {
    const amount = match[1] ? (NUMBERS[match[1]] ?? Number(match[1])) : 1;
    duration = { [`${match[2]}s`]: amount };
  }
  if (!duration) return undefined;
  return DateTime.fromISO(occurredDate, { zone: 'UTC' }).plus(duration).toISODate() ?? undefined;
}
