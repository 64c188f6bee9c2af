import type { NextFunction, Request, Response } from 'express';
import { HttpError } from '../core/http-error.ts';

/** The codings Tend reads a request body in (RFC 9110 §8.4.1); the inflated size is capped too. */
export const ACCEPTED_ENCODINGS = ['identity', 'gzip', 'deflate'] as const;

/**
 * RFC 9110 §15.5.16: a body in a coding Tend does not read is a 415 that lists the codings
 * it does read in `Accept-Encoding` — refused before any body parser touches it.
 */
export function contentEncoding() {
  const accepted = new Set<string>(ACCEPTED_ENCODINGS);
  return (req: Request, _res: Response, next: NextFunction) => {
    const coding = req.headers['content-encoding']?.trim().toLowerCase();
    if (coding === undefined || coding === '' || accepted.has(coding)) return next();
    next(
      new HttpError({
        status: 415,
        code: 'unsupported_content_encoding',
        title: 'Unsupported content encoding',
        detail: `Tend does not read request bodies in the ${JSON.stringify(coding.slice(0, 40))} coding.`,
        hint: 'Send the body uncompressed, or compressed with gzip or deflate.',
        headers: {
          'Accept-Encoding': ACCEPTED_ENCODINGS.filter((c) => c !== 'identity').join(', '),
        },
      }),
    );
  };
}
