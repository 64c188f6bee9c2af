import type { ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { problemReply } from '../contract/reply.ts';
import { HttpError } from '../core/http-error.ts';
import {
  malformedBody,
  malformedJson,
  malformedPath,
  payloadTooLarge,
  unsupportedContentEncoding,
  unsupportedMediaType,
} from '../core/problems/request.ts';
import { nothingServed } from '../core/problems/routing.ts';
import { internalError } from '../core/problems/server.ts';
import { BODY_ENCODINGS } from './content-encoding.ts';
import { localsOf } from './http-step.ts';
import { sendReply } from './send-reply.ts';

/** Errors raised before a request reaches the contract (body parsing) as problems. */
export function errorHandler() {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    answerError(error, res);
  };
}

/** An error raised on the way to an answer (a body that does not parse, say), as its problem. */
export function answerError(error: unknown, res: ServerResponse): void {
  const problem = toHttpError(error);
  const locals = localsOf(res);
  if (!problem.expose) locals.log.error({ err: error }, 'unhandled error');
  sendReply(res, problemReply(problem, locals.requestId));
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.parse.failed') {
    return malformedJson();
  }
  if (type === 'entity.too.large') {
    return payloadTooLarge();
  }
  if (type === 'charset.unsupported') {
    return unsupportedMediaType();
  }
  if (type === 'encoding.unsupported') {
    return unsupportedContentEncoding(BODY_ENCODINGS);
  }
  // express could not percent-decode a path parameter (RFC 3986 §2.1).
  if (error instanceof URIError) {
    return malformedPath();
  }
  // body-parser marks what it could not read as a 400: a compressed body that does not
  // inflate, or a body cut short (the zlib error tells nothing the caller can use).
  if (statusOf(error) === 400) {
    return malformedBody();
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
    sendReply(res, problemReply(nothingServed(req.method, req.path), res.locals.requestId));
  };
}
