import { HttpError } from '../http-error.ts';

/**
 * 429 for a caller over its limit (docs/security.md R5): `headers` are the RateLimit fields,
 * sent with Retry-After; `failedAuth` when it is the limit on invalid credentials per address.
 */
export function rateLimited(options: {
  failedAuth: boolean;
  quota: number;
  windowSeconds: number;
  retryAfterSeconds: string;
  headers: Record<string, string>;
}): HttpError {
  const { quota, windowSeconds, retryAfterSeconds } = options;
  return new HttpError({
    status: 429,
    code: 'rate_limited',
    title: 'Too many requests',
    detail: options.failedAuth
      ? 'Too many requests with invalid credentials came from this address.'
      : `More than ${quota} requests in ${windowSeconds} seconds.`,
    hint: `Wait ${retryAfterSeconds} seconds (Retry-After), then continue; do not retry at once.`,
    headers: { ...options.headers, 'Retry-After': retryAfterSeconds },
  });
}
