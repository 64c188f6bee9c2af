import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Metrics } from '../pipeline/metrics.ts';
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
 * across services) and writes one access-log line when it finishes, timing it for the
 * metrics too.
 */
export function requestContext(log: Logger, metrics?: Metrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const incoming = req.get('x-request-id');
    const requestId = incoming && CLIENT_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.locals.log = log.child({ request_id: requestId });
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      metrics?.request(operationLabel(req, res), res.statusCode, latencyMs / 1000);
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

/**
 * The operationId for an API call, else the pattern of the route that answered (never the
 * URL itself, whose ids and tokens would make a series per request). An API call answered
 * before it was routed (a rate limit, hostile input, an unknown path) is `/v1/*`.
 */
function operationLabel(req: Request, res: Response): string {
  if (res.locals.operationId) return res.locals.operationId;
  const route = req.route as { path?: unknown } | undefined;
  if (route?.path !== undefined) return `${req.baseUrl}${String(route.path)}`;
  return req.baseUrl ? `${req.baseUrl}/*` : 'unmatched';
}
