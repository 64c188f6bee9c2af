import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { isApiTarget } from './api-target.ts';
import { answerError } from './errors.ts';
import type { HttpHandler } from './http-step.ts';

/** Tend's whole HTTP side as one request listener, with `listen` for tests and scripts. */
export interface HttpEntry extends RequestListener {
  listen(port: number, host: string, listening?: () => void): Server;
  /** The express app behind the door, for what reads its routes (the route inventory). */
  readonly pages: RequestListener;
}

/**
 * The API's requests are the many, and each takes the same short walk: they come in here,
 * on node:http, and run their handlers in order without express's router, its prototype
 * swap and its layers (GET /v1/tasks in `npm run bench`: 1,290 req/s at 0.77 CPU-ms a
 * request this way, 878 at 1.2 through express). Every other request (pages, OAuth, MCP)
 * goes on to express, whose app runs the same HTTP steps first.
 */
export function withApiDoor(api: readonly HttpHandler[], pages: RequestListener): HttpEntry {
  const entry = ((req: IncomingMessage, res: ServerResponse) => {
    if (isApiTarget(req.url ?? '/')) runHandlers(api, req, res);
    else pages(req, res);
  }) as HttpEntry & { pages: RequestListener };
  entry.pages = pages;
  entry.listen = (port, host, listening) => createServer(entry).listen(port, host, listening);
  return entry;
}

/**
 * Each handler goes on with `next()` or ends the request with a problem by `next(error)`,
 * as in express; the last one answers.
 */
function runHandlers(handlers: readonly HttpHandler[], req: IncomingMessage, res: ServerResponse) {
  let index = 0;
  const next = (error?: unknown): void => {
    if (error !== undefined && error !== null) {
      fail(error, res);
      return;
    }
    const handler = handlers[index++];
    if (!handler) return;
    try {
      const running = handler(req, res, next) as unknown;
      if (running instanceof Promise) running.catch((thrown: unknown) => fail(thrown, res));
    } catch (thrown) {
      fail(thrown, res);
    }
  };
  next();
}

/** A problem, unless the answer has begun: then the connection is cut, as express does. */
function fail(error: unknown, res: ServerResponse): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  answerError(error, res);
}
