import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { loggedPath } from './logged-path.ts';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

declare global {
  namespace Express {
    interface Locals {
      requestId: string;
      log: Logger;
      /** Filled in by the API route so the access log can name them. */
      operationId?: string;
      userId?: string;
    }
  }
}

/**
 * Gives each request an id (a sane client-sent `X-Request-Id` is kept, for tracing
 * across services) and writes one access-log line when it finishes.
 */
export function requestContext(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const incoming = req.get('x-request-id');
    const requestId = incoming && CLIENT_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.locals.log = log.child({ request_id: requestId });
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      res.locals.log.info(
        {
          method: req.method,
          path: loggedPath(req.originalUrl.split('?')[0] ?? ''),
          operation: res.locals.operationId,
          user_id: res.locals.userId,
          status: res.statusCode,
          latency_ms: Math.round(latencyMs * 100) / 100,
        },
        'request',
      );
    });
    next();
  };
}
