import { HttpError, type ProblemFieldError } from '../http-error.ts';

/**
 * The same problem with other field errors: a batch reports an item's problem with its
 * pointers moved under the item (`/body/due_text` → `/body/items/2/due_text`).
 */
export function withFieldErrors(problem: HttpError, errors: ProblemFieldError[]): HttpError {
  return new HttpError({
    status: problem.status,
    code: problem.code,
    title: problem.title,
    detail: problem.detail,
    hint: problem.hint,
    headers: problem.headers,
    extra: problem.extra,
    errors,
  });
}
