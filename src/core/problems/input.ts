import { HttpError, type ProblemFieldError } from '../http-error.ts';
import { validationFailed } from './routing.ts';

/**
 * Inputs that exclude each other were given together. `detail` defaults to "Give only one
 * of …", naming the fields the pointers end in; `hint` says which one to send.
 */
export function conflictingInputs(options: {
  errors: ProblemFieldError[];
  hint: string;
  detail?: string;
}): HttpError {
  const names = options.errors.map((e) => e.pointer.slice(e.pointer.lastIndexOf('/') + 1));
  return new HttpError({
    status: 422,
    code: 'conflicting_inputs',
    title: 'Conflicting inputs',
    detail: options.detail ?? `Give only one of ${names.join(', ')}.`,
    hint: options.hint,
    errors: options.errors,
  });
}

/** The errors for body fields of which only one is taken: each "conflicts with another … field". */
export function eachConflicts(keys: readonly string[], field: string): ProblemFieldError[] {
  return keys.map((key) => ({
    pointer: `/body/${key}`,
    reason: `conflicts with another ${field}`,
  }));
}

/** The user's words for a date could not be read; `what` is what was looked for. */
export function unparseableDate(options: {
  text: string;
  pointer: string;
  hint: string;
  what?: string;
  reason?: string;
}): HttpError {
  return new HttpError({
    status: 422,
    code: 'unparseable_date',
    title: 'Unparseable date',
    detail: `Could not read ${options.what ?? 'a date'} from "${options.text}".`,
    hint: options.hint,
    errors: [
      { pointer: options.pointer, reason: options.reason ?? 'is not a date Tend understands' },
    ],
  });
}

/** A date outside what Tend stores (src/dates/range.ts), most likely a typo in the year. */
export function dateOutOfRange(options: {
  pointer: string;
  detail: string;
  hint: string;
  reason: string;
}): HttpError {
  return new HttpError({
    status: 422,
    code: 'date_out_of_range',
    title: 'Date out of range',
    detail: options.detail,
    hint: options.hint,
    errors: [{ pointer: options.pointer, reason: options.reason }],
  });
}

/** A period whose `from` comes after its `to`; `hint` says what leaving one out means. */
export function invalidRange(from: string, to: string, hint: string): HttpError {
  return new HttpError({
    status: 422,
    code: 'invalid_range',
    title: 'Invalid range',
    detail: `The period starts (${from}) after it ends (${to}).`,
    hint,
    errors: [{ pointer: '/query/from', reason: 'is after to' }],
  });
}

/** A paging cursor that Tend did not issue (or that was changed). */
export function invalidCursor(): HttpError {
  return new HttpError({
    status: 400,
    code: 'invalid_cursor',
    title: 'Invalid cursor',
    detail: 'The cursor is not one Tend issued.',
    hint: 'Pass next_cursor from the previous page unchanged, or omit cursor to start over.',
    errors: [{ pointer: '/query/cursor', reason: 'is not a cursor Tend issued' }],
  });
}

/** A value that the rest of the input needs is missing. */
export function valueRequired(options: {
  pointer: string;
  detail: string;
  hint: string;
  reason: string;
}): HttpError {
  return new HttpError({
    status: 422,
    code: 'value_required',
    title: 'Value required',
    detail: options.detail,
    hint: options.hint,
    errors: [{ pointer: options.pointer, reason: options.reason }],
  });
}

/**
 * docs/design.md §2: a create that looks like a double answers 409 with the rows it
 * doubles (`existing`); the model asks the user and retries with `confirm_duplicate: true`.
 */
export function duplicateSuspected(options: {
  detail: string;
  hint: string;
  existing: unknown[];
}): HttpError {
  return new HttpError({
    status: 409,
    code: 'duplicate_suspected',
    title: 'Duplicate suspected',
    detail: options.detail,
    hint: options.hint,
    extra: { existing: options.existing },
  });
}

/** A tag that grows past the contract's maxLength when lowered ("İ" becomes two code points). */
export function tagTooLong(index: number, maxLength: number): HttpError {
  return validationFailed(
    [
      {
        pointer: `/body/tags/${index}`,
        reason: `is longer than ${maxLength} characters in lower case`,
      },
    ],
    {
      status: 422,
      detail: `Tags are at most ${maxLength} characters in lower case.`,
      hint: 'Shorten the tag and send the request again.',
    },
  );
}
