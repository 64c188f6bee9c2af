import { HttpError } from '../http-error.ts';

/** The Idempotency-Key header is not one sf-string of 1 to 255 printable characters. */
export function invalidIdempotencyKey(): HttpError {
  return new HttpError({
    status: 400,
    code: 'invalid_idempotency_key',
    title: 'Invalid Idempotency-Key',
    detail: 'Idempotency-Key must be one string of 1 to 255 printable characters.',
    hint: 'Send a fresh unique key, such as a UUID, once per intended change.',
    errors: [{ pointer: '/header/idempotency-key', reason: 'is not a valid key' }],
  });
}

/** A retry came while the request holding its key still runs (idempotency-key draft §2.6). */
export function idempotencyRequestInFlight(): HttpError {
  return new HttpError({
    status: 409,
    code: 'idempotency_request_in_flight',
    title: 'Request in progress',
    detail: 'A request with this Idempotency-Key is still being processed.',
    hint: 'Wait a moment, then retry with the same key to get its answer.',
    headers: { 'Retry-After': '1' },
  });
}

/** The key was stored for another request (idempotency-key draft §2.6). */
export function idempotencyKeyReused(): HttpError {
  return new HttpError({
    status: 422,
    code: 'idempotency_key_reused',
    title: 'Idempotency-Key reused',
    detail: 'This Idempotency-Key was used for a different request.',
    hint: 'Use a new key for a new change; reuse a key only to retry the very same request.',
  });
}
