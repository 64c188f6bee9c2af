import { randomUUID } from 'node:crypto';
import { createServer, type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express, NextFunction, Request, Response } from 'express';
import { problemReply } from '../contract/reply.ts';
import { HttpError, problemBody } from '../core/http-error.ts';
import { sendReply } from './send-reply.ts';

/** The longest request target Tend reads (RFC 9112 §3 recommends at least 8000 octets). */
export const MAX_URL_BYTES = 8 * 1024;
/** Request line and all header fields together, as Node's parser counts them. */
export const MAX_HEADER_BYTES = 16 * 1024;
/** How long a refused client may go on sending before its connection is dropped. */
const DRAIN_MS = 2_000;

/**
 * The HTTP server around the app. Node's parser answers what it cannot parse (oversize
 * request line or headers, bad bytes in a header) with a bare response and a reset; here
 * it is a problem+json like every other 4xx, and the rest of what the client sends is read
 * off before the connection closes, so the client reads the answer rather than a reset.
 */
export function createHttpServer(app: Express): Server {
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) =>
    answerClientError(error, socket),
  );
  return server;
}

function answerClientError(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const problem = clientErrorProblem(error);
  const body = JSON.stringify(problemBody(problem, randomUUID()));
  // The parser stops reading here: left attached, it fails again on the rest of the
  // request, and Node 24 then resets the connection before the client reads the answer.
  socket.removeAllListeners('data');
  socket.on('data', () => {});
  socket.end(
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n` +
      'Content-Type: application/problem+json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Cache-Control: no-store\r\n' +
      'Connection: close\r\n\r\n' +
      body,
  );
  socket.on('error', () => {});
  socket.resume();
  setTimeout(() => socket.destroy(), DRAIN_MS).unref();
}

function clientErrorProblem(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): HttpError {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    // Without a line end in what was read, it is the request line that does not fit.
    const firstLineEnds = error.rawPacket?.indexOf('\r\n') ?? -1;
    if (firstLineEnds < 0 || firstLineEnds > MAX_URL_BYTES) {
      return uriTooLong(error.rawPacket?.subarray(0, MAX_URL_BYTES).includes('?'));
    }
    return new HttpError({
      status: 431,
      code: 'header_fields_too_large',
      title: 'Request header fields too large',
      detail: `The request's header fields are longer than ${MAX_HEADER_BYTES} bytes together.`,
      hint: 'Send fewer or shorter headers (cookies included).',
    });
  }
  if (error.code === 'HPE_REQUEST_TIMEOUT' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new HttpError({ status: 408, code: 'request_timeout', title: 'Request timeout' });
  }
  return new HttpError({
    status: 400,
    code: 'malformed_request',
    title: 'Malformed request',
    detail: 'The request is not valid HTTP/1.1 (for instance a control character in a header).',
    hint: 'Send header values of printable ASCII only.',
  });
}

function uriTooLong(hasQuery = false): HttpError {
  return new HttpError({
    ...(hasQuery && { errors: [{ pointer: '/query', reason: 'is too long' }] }),
    status: 414,
    code: 'uri_too_long',
    title: 'URI too long',
    detail: `The request target is longer than ${MAX_URL_BYTES} bytes.`,
    hint: 'Send long input in a request body, or fewer and shorter query parameters.',
  });
}

/** RFC 9110 §15.5.15: a target longer than Tend reads is a 414, before any route. */
export function urlLimit() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (Buffer.byteLength(req.originalUrl) <= MAX_URL_BYTES) return next();
    res.setHeader('Cache-Control', 'no-store');
    sendReply(res, problemReply(uriTooLong(req.originalUrl.includes('?')), res.locals.requestId));
  };
}
