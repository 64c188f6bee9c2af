import type { NextFunction, Request, Response } from 'express';
import { problemReply } from '../contract/reply.ts';
import { HttpError } from '../core/http-error.ts';
import { internalError } from '../core/problems/server.ts';
import { sendReply } from './send-reply.ts';

/** Errors raised before a request reaches the contract (body parsing) as problems. */
export function errorHandler() {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const problem = toHttpError(error);
    if (!problem.expose) res.locals.log.error({ err: error }, 'unhandled error');
    sendReply(res, problemReply(problem, res.locals.requestId));
  };
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.parse.failed') {
    return new HttpError({
      status: 400,
      code: 'malformed_json',
      title: 'Malformed JSON',
      detail: 'The request body is not valid JSON.',
      hint: 'Send a JSON object with the fields this operation takes.',
      errors: [{ pointer: '/body', reason: 'is not valid JSON' }],
    });
  }
  if (type === 'entity.too.large') {
    return new HttpError({
      status: 413,
      code: 'payload_too_large',
      title: 'Payload too large',
      detail: 'The request body is larger than 1 MB.',
    });
  }
  if (type === 'charset.unsupported') {
    return new HttpError({
      status: 415,
      code: 'unsupported_media_type',
      title: 'Unsupported media type',
      detail: 'Send the body as UTF-8 JSON.',
    });
  }
  if (type === 'encoding.unsupported') {
    return new HttpError({
      status: 415,
      code: 'unsupported_content_encoding',
      title: 'Unsupported content encoding',
      detail: 'Send the body uncompressed, or compressed with gzip or deflate.',
      headers: { 'Accept-Encoding': 'gzip, deflate' },
    });
  }
  // express could not percent-decode a path parameter (RFC 3986 §2.1).
  if (error instanceof URIError) {
    return new HttpError({
      status: 400,
      code: 'malformed_path',
      title: 'Malformed path',
      detail: 'The path holds a percent-escape that is not UTF-8.',
      hint: 'Percent-encode each path segment as UTF-8.',
    });
  }
  // body-parser marks what it could not read as a 400: a compressed body that does not
  // inflate, or a body cut short (the zlib error tells nothing the caller can use).
  if (statusOf(error) === 400) {
    return new HttpError({
      status: 400,
      code: 'malformed_body',
      title: 'Malformed body',
      detail: 'The request body could not be read: it is cut short or does not decompress.',
      hint: 'Send the whole body again, uncompressed or as valid gzip or deflate.',
      errors: [{ pointer: '/body', reason: 'could not be read' }],
    });
  }
  return internalError(error);
}

function statusOf(error: unknown): number | undefined {
  const e = error as { status?: unknown; statusCode?: unknown } | null;
  const status = e?.status ?? e?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

export function routeNotFound() {
  return (req: Request, res: Response) => {
    sendReply(
      res,
      problemReply(
        new HttpError({
          status: 404,
          code: 'not_found',
          title: 'Not found',
          detail: `Nothing is served at ${req.method} ${req.path}.`,
          hint: 'The API lives under /v1; see /openapi.json.',
        }),
        res.locals.requestId,
      ),
    );
  };
}
