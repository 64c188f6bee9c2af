import type { DueFields } from '../due.ts';
import { firstDue } from './occurrences.ts';
import { parseRepeat } from './parse-repeat.ts';

export interface RepeatFields extends Partial<DueFields> {
  repeat_text: string | null;
  repeat_rule: string | null;
}

const NO_DUE: DueFields = { due_at: null, due_by: null, due_date_only: false, due_text: null };

/**
 * The columns a `repeat` in a request changes: none when it is absent, the repeat removed
 * when null; otherwise the rule, and the due date its first occurrence gives (see firstDue)
 * from the due date being set or else the task's current one.
 */
export function repeatFields(
  repeat: string | null | undefined,
  due: { given?: DueFields | undefined; current?: DueFields | undefined },
  now: Date,
  zone: string,
): RepeatFields | undefined {
  if (repeat === undefined) return undefined;
  if (repeat === null) return { repeat_text: null, repeat_rule: null };
  const { text, rule } = parseRepeat(repeat);
  const from = due.given ?? due.current ?? NO_DUE;
  const first = firstDue(rule, from, now, zone);
  return {
    repeat_text: text,
    repeat_rule: rule,
    due_at: first.due_at,
    due_by: first.due_by,
    due_date_only: first.due_date_only,
    due_text: first.due_text,
  };
}
