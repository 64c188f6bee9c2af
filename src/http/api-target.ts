/** The API's own prefix: every operation in openapi.yaml is under it. */
export const API_ROOT = '/v1';

/** Whether a request target is the API's: `/v1`, `/v1/…` or `/v1?…`, never `/v1x`. */
export function isApiTarget(target: string): boolean {
  if (!target.startsWith(API_ROOT)) return false;
  const after = target[API_ROOT.length];
  return after === undefined || after === '/' || after === '?';
}
