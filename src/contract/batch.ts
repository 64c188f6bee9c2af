import { HttpError, type ProblemBody, problemBody } from '../core/http-error.ts';
import { withFieldErrors } from '../core/problems/field-errors.ts';
import type { HandlerContext } from './handler-types.ts';

/** One item's outcome: what the single call would have answered, success or problem. */
export type ItemOutcome<T> =
  | { index: number; status: number; value: T }
  | { index: number; status: number; problem: ProblemBody };

export interface BatchOutcome<T> {
  outcomes: ItemOutcome<T>[];
  succeeded: number;
  failed: number;
}

/**
 * Runs a batch item by item, in order, each item its own write (and its own transaction,
 * so a later item sees an earlier one: the duplicate guard catches a double within the
 * batch). An item refused with a problem (a date Tend cannot read, an unknown subject, a
 * suspected duplicate) is reported in its place, its pointers moved under the item
 * (`/body/due_text` → `/body/items/2/due_text`), and the next item runs. Anything else (the
 * database gone) ends the batch as it would end a single call; the items before it stay
 * stored, and a retry finds them through the duplicate guard.
 */
export async function eachItem<I, T>(
  items: readonly I[],
  ctx: HandlerContext,
  itemPointer: (index: number) => string,
  write: (item: I, index: number) => Promise<{ status: number; value: T }>,
): Promise<BatchOutcome<T>> {
  const outcomes: ItemOutcome<T>[] = [];
  let failed = 0;
  for (const [index, item] of items.entries()) {
    try {
      const { status, value } = await write(item, index);
      outcomes.push({ index, status, value });
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) throw error;
      failed += 1;
      const problem = problemBody(underItem(error, itemPointer(index)), ctx.requestId);
      outcomes.push({ index, status: error.status, problem });
    }
  }
  return { outcomes, succeeded: outcomes.length - failed, failed };
}

/** The same problem, its `/body…` pointers read as pointers into one item of the batch. */
function underItem(error: HttpError, item: string): HttpError {
  if (!error.errors) return error;
  return withFieldErrors(
    error,
    error.errors.map((e) => ({
      pointer: e.pointer.replace(/^\/body(?=\/|$)/, item),
      reason: e.reason,
    })),
  );
}
