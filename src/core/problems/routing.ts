import { HttpError, type ProblemFieldError } from '../http-error.ts';

/** No operation in the contract has this path. */
export function endpointNotFound(): HttpError {
  return new HttpError({
    status: 404,
    code: 'not_found',
    title: 'Not found',
    detail: 'There is no such endpoint.',
    hint: 'Check the path against the API description at /openapi.json.',
  });
}

/** No item of this kind with this id belongs to the caller. */
export function itemNotFound(what: string): HttpError {
  return new HttpError({
    status: 404,
    code: 'not_found',
    title: 'Not found',
    detail: `No ${what} with this id.`,
    hint: 'List the items again to get a current id.',
  });
}

/** The path exists, the method does not; `allow` lists those that do (RFC 9110 §15.5.6). */
export function methodNotAllowed(method: string, allow: string): HttpError {
  return new HttpError({
    status: 405,
    code: 'method_not_allowed',
    title: 'Method not allowed',
    detail: `${method.toUpperCase()} is not supported on this path.`,
    headers: { Allow: allow },
  });
}

/**
 * The request breaks the contract; each broken field is named by a JSON Pointer. `words`
 * replace the contract's 400 where a rule the schema cannot state was broken (a 422).
 */
export function validationFailed(
  errors: ProblemFieldError[],
  words: { status: number; detail: string; hint: string } = {
    status: 400,
    detail: 'The request does not match the API contract.',
    hint: 'Fix the listed fields and send the request again.',
  },
): HttpError {
  return new HttpError({ ...words, code: 'validation_failed', title: 'Invalid request', errors });
}

/** A path outside every route: not under /v1 or any page Tend serves. */
export function nothingServed(method: string, path: string): HttpError {
  return new HttpError({
    status: 404,
    code: 'not_found',
    title: 'Not found',
    detail: `Nothing is served at ${method} ${path}.`,
    hint: 'The API lives under /v1; see /openapi.json.',
  });
}
