/** One invalid input: a JSON Pointer into the request seen as {path, query, body}. */
export interface ProblemFieldError {
  pointer: string;
  reason: string;
}

export interface ProblemInit {
  status: number;
  code: string;
  title: string;
  detail?: string;
  hint?: string;
  errors?: ProblemFieldError[];
  headers?: Record<string, string>;
  /** Extra members carried in the body (e.g. `existing` rows for a suspected duplicate). */
  extra?: Record<string, unknown>;
}

/**
 * The one error type handlers and middleware throw. It renders as RFC 9457 problem+json;
 * for 5xx only the generic title is shown, never the cause.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly hint: string | undefined;
  readonly errors: ProblemFieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extra: Record<string, unknown>;

  constructor(init: ProblemInit, options?: { cause?: unknown }) {
    super(init.detail ?? init.title, options);
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.hint = init.hint;
    this.errors = init.errors;
    this.headers = init.headers ?? {};
    this.extra = init.extra ?? {};
  }

  /** Whether detail and hint may be shown: never for a 5xx but 503, which tells no internals. */
  get expose(): boolean {
    return this.status < 500 || this.status === 503;
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: ProblemFieldError[];
  hint?: string;
  request_id: string;
  [extra: string]: unknown;
}

export function problemBody(error: HttpError, requestId: string): ProblemBody {
  if (!error.expose) {
    return {
      type: `urn:tend:problem:${error.code}`,
      title: error.title,
      status: error.status,
      detail: 'Something went wrong on our side. Try again later.',
      code: error.code,
      hint: 'Retry once; if it fails again, tell the user Tend had an internal error.',
      request_id: requestId,
    };
  }
  return {
    ...error.extra,
    type: `urn:tend:problem:${error.code}`,
    title: error.title,
    status: error.status,
    ...(error.detail !== undefined && { detail: error.detail }),
    code: error.code,
    ...(error.errors !== undefined && { errors: error.errors }),
    ...(error.hint !== undefined && { hint: error.hint }),
    request_id: requestId,
  };
}
