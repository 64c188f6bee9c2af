import type { IncomingMessage } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { bearerToken } from '../auth/authenticate.ts';
import { clientOf } from '../auth/security-events.ts';
import type { Contract } from '../pipeline/contract-pipeline.ts';
import type { RequestScope } from '../pipeline/request-scope.ts';
import { type HttpHandler, headerOf, localsOf, pathOf } from './http-step.ts';
import { sendReply } from './send-reply.ts';

/** Hands every /v1 request to the contract and writes its reply. */
export function apiRoute(
  contract: Contract,
  clientIp: (req: IncomingMessage) => string | undefined,
): HttpHandler {
  return async (req, res) => {
    const locals = localsOf(res);
    const target = req.url ?? '/';
    const ip = clientIp(req);
    const scope: RequestScope = {
      requestId: locals.requestId,
      log: locals.log,
      bearer: bearerToken(headerOf(req, 'authorization')),
      ...(ip !== undefined && { clientIp: ip }),
      client: clientOf({ ip, get: (name) => headerOf(req, name) }),
    };
    const path = pathOf(target);
    const reply = await contract.handle(
      {
        method: req.method ?? 'GET',
        path,
        // node:querystring, as express's "simple" parser read it: a repeated name is a list.
        query: parseQuery(target.slice(path.length + 1)) as Record<string, string>,
        headers: req.headers as Record<string, string | string[]>,
        body: (req as IncomingMessage & { body?: unknown }).body,
      },
      scope,
    );
    locals.operationId = scope.operationId;
    locals.userId = scope.principal?.userId;
    // Answers to authenticated calls are personal: no cache may keep them (OWASP API8).
    res.setHeader('Cache-Control', 'no-store');
    sendReply(res, reply);
  };
}
