import { conflictingInputs, eachConflicts, unparseableDate } from '../core/problems/input.ts';
import { parseWhen } from '../dates/parse-when.ts';
import { assertInRange } from '../dates/range.ts';
import { localDayBounds } from '../dates/zone.ts';

export interface DueInput {
  due_text?: string | null;
  due_at?: string | null;
  due_date?: string | null;
}

/** How a due date is stored: see the tasks table for due_at and due_by. */
export interface DueFields {
  due_at: Date | null;
  due_by: Date | null;
  due_date_only: boolean;
  due_text: string | null;
}

const NO_DUE: DueFields = { due_at: null, due_by: null, due_date_only: false, due_text: null };
const DUE_KEYS = ['due_text', 'due_at', 'due_date'] as const;

/**
 * Turns whichever of `due_text`, `due_at` or `due_date` was given into stored fields;
 * undefined when none was given (nothing to change), all-null when one was given as null.
 */
export function resolveDue(input: DueInput, now: Date, zone: string): DueFields | undefined {
  const given = DUE_KEYS.filter((key) => input[key] !== undefined);
  if (given.length === 0) return undefined;
  if (given.length > 1) {
    throw conflictingInputs({
      errors: eachConflicts(given, 'due field'),
      hint: 'Send the due date once: due_text in the user’s words, or due_at, or due_date.',
    });
  }
  if (input.due_text != null) return fromText(input.due_text, now, zone);
  if (input.due_at != null) {
    const at = assertInRange(new Date(input.due_at), '/body/due_at');
    return { due_at: at, due_by: at, due_date_only: false, due_text: null };
  }
  if (input.due_date != null) {
    assertInRange(new Date(input.due_date), '/body/due_date');
    const { start, end } = localDayBounds(input.due_date, zone);
    return { due_at: start, due_by: end, due_date_only: true, due_text: null };
  }
  return NO_DUE;
}

function fromText(text: string, now: Date, zone: string): DueFields {
  const parsed = parseWhen(text, now, zone);
  if (!parsed) {
    throw unparseableDate({
      text,
      pointer: '/body/due_text',
      hint: 'Ask the user when it is due, then send due_text like "tomorrow 5pm" or "next friday", or due_date as YYYY-MM-DD.',
    });
  }
  assertInRange(parsed.at, '/body/due_text');
  const due_by = parsed.dateOnly ? localDayBounds(parsed.date, zone).end : parsed.at;
  return { due_at: parsed.at, due_by, due_date_only: parsed.dateOnly, due_text: text };
}
