/** The API's own prefix: every operation in openapi.yaml is under it. */
export const API_ROOT = '/v1';

/** Whether a request target is `prefix` or below it: `/v1`, `/v1/…`, `/v1?…`, never `/v1x`. */
export function isAtOrBelow(target: string, prefix: string): boolean {
  if (!target.startsWith(prefix)) return false;
  const after = target[prefix.length];
  return after === undefined || after === '/' || after === '?';
}

/** Whether a request target is the API's. */
export function isApiTarget(target: string): boolean {
  return isAtOrBelow(target, API_ROOT);
}
