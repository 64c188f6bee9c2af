import { unparseableDate } from '../core/problems/input.ts';
import { parsePastWhen } from '../dates/parse-past-when.ts';
import { localDate } from '../dates/zone.ts';

export interface OccurredFields {
  occurred_at: Date;
  occurred_on: string;
  occurred_date_only: boolean;
  when_text: string | null;
}

/** When a record happened: the user's words (or RFC 3339) read as a past moment, else now. */
export function resolveOccurred(when: string | undefined, now: Date, zone: string): OccurredFields {
  if (when === undefined) {
    return {
      occurred_at: now,
      occurred_on: localDate(now, zone),
      occurred_date_only: false,
      when_text: null,
    };
  }
  const parsed = parsePastWhen(when, now, zone);
  if (!parsed) {
    throw unparseableDate({
      text: when,
      pointer: '/body/when',
      hint: 'Ask the user when it happened, then send when like "yesterday evening", "last Tuesday" or an RFC 3339 date-time.',
    });
  }
  return {
    occurred_at: parsed.at,
    occurred_on: parsed.date,
    occurred_date_only: parsed.dateOnly,
    when_text: when.trim(),
  };
}
