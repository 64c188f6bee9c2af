import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Metrics } from '../pipeline/metrics.ts';
import { API_ROOT, isApiTarget } from './api-target.ts';
import { type HttpHandler, headerOf, localsOf, pathOf, targetOf } from './http-step.ts';
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
export function requestContext(log: Logger, metrics?: Metrics): HttpHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const incoming = headerOf(req, 'x-request-id');
    const requestId = incoming && CLIENT_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const locals = localsOf(res);
    locals.requestId = requestId;
    locals.log = log.child({ request_id: requestId });
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      metrics?.request(operationLabel(req, res), res.statusCode, latencyMs / 1000);
      locals.log.info(
        {
          method: req.method,
          path: loggedPath(pathOf(targetOf(req))),
          operation: locals.operationId,
          user_id: locals.userId,
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
function operationLabel(req: IncomingMessage, res: ServerResponse): string {
  const { operationId } = localsOf(res);
  if (operationId) return operationId;
  if (isApiTarget(targetOf(req))) return `${API_ROOT}/*`;
  // What express matched, for a page.
  const { route, baseUrl } = req as IncomingMessage & {
    route?: { path?: unknown };
    baseUrl?: string;
  };
  if (route?.path !== undefined) return `${baseUrl ?? ''}${String(route.path)}`;
  return baseUrl ? `${baseUrl}/*` : 'unmatched';
}
