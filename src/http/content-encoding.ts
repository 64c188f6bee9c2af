import { unsupportedContentEncoding } from '../core/problems/request.ts';
import { type HttpHandler, headerOf } from './http-step.ts';

/** The codings Tend reads a request body in (RFC 9110 §8.4.1); the inflated size is capped too. */
export const ACCEPTED_ENCODINGS = ['identity', 'gzip', 'deflate'] as const;
/** The codings that compress, as a 415's `Accept-Encoding` lists them. */
export const BODY_ENCODINGS = ACCEPTED_ENCODINGS.filter((c) => c !== 'identity');

/**
 * RFC 9110 §15.5.16: a body in a coding Tend does not read is a 415 that lists the codings
 * it does read in `Accept-Encoding` — refused before any body parser touches it.
 */
export function contentEncoding(): HttpHandler {
  const accepted = new Set<string>(ACCEPTED_ENCODINGS);
  return (req, _res, next) => {
    const coding = headerOf(req, 'content-encoding')?.trim().toLowerCase();
    if (coding === undefined || coding === '' || accepted.has(coding)) return next();
    next(unsupportedContentEncoding(BODY_ENCODINGS, coding));
  };
}
