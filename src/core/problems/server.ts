import { HttpError } from '../http-error.ts';

/** A bug or an unexpected failure; the body never tells its cause. */
export function internalError(cause?: unknown): HttpError {
  return new HttpError(
    { status: 500, code: 'internal_error', title: 'Internal server error' },
    { cause },
  );
}

/** The database cannot be reached or is too slow right now: worth a retry. */
export function databaseUnavailable(): HttpError {
  return new HttpError({
    status: 503,
    code: 'database_unavailable',
    title: 'Service unavailable',
    detail: 'The database is not reachable right now.',
    hint: 'Wait a few seconds and try again.',
    headers: { 'Retry-After': '5' },
  });
}

/** A handler answered outside the contract (caught only while responses are validated). */
export function responseInvalid(): HttpError {
  return new HttpError({ status: 500, code: 'response_invalid', title: 'Internal server error' });
}
