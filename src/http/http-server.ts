import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener, type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { problemReply } from '../contract/reply.ts';
import { type HttpError, problemBody } from '../core/http-error.ts';
import {
  headerFieldsTooLarge,
  malformedRequest,
  requestTimeout,
  uriTooLong,
} from '../core/problems/request.ts';
import { type HttpHandler, localsOf, targetOf } from './http-step.ts';
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
export function createHttpServer(app: RequestListener): Server {
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
      return uriTooLong(MAX_URL_BYTES, error.rawPacket?.subarray(0, MAX_URL_BYTES).includes('?'));
    }
    return headerFieldsTooLarge(MAX_HEADER_BYTES);
  }
  if (error.code === 'HPE_REQUEST_TIMEOUT' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return requestTimeout();
  }
  return malformedRequest();
}

/** RFC 9110 §15.5.15: a target longer than Tend reads is a 414, before any route. */
export function urlLimit(): HttpHandler {
  return (req, res, next) => {
    const target = targetOf(req);
    if (Buffer.byteLength(target) <= MAX_URL_BYTES) return next();
    res.setHeader('Cache-Control', 'no-store');
    sendReply(
      res,
      problemReply(uriTooLong(MAX_URL_BYTES, target.includes('?')), localsOf(res).requestId),
    );
  };
}
