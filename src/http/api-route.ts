import type { Request, Response } from 'express';
import { bearerToken } from '../auth/authenticate.ts';
import { clientOf } from '../auth/security-events.ts';
import type { Contract } from '../pipeline/contract-pipeline.ts';
import type { RequestScope } from '../pipeline/request-scope.ts';
import { sendReply } from './send-reply.ts';

/** Hands every /v1 request to the contract and writes its reply. */
export function apiRoute(contract: Contract) {
  return async (req: Request, res: Response) => {
    const scope: RequestScope = {
      requestId: res.locals.requestId,
      log: res.locals.log,
      bearer: bearerToken(req.get('authorization')),
      ...(req.ip !== undefined && { clientIp: req.ip }),
      client: clientOf(req),
    };
    const reply = await contract.handle(
      {
        method: req.method,
        path: req.originalUrl.split('?')[0] ?? '/',
        query: req.query as Record<string, string | string[]>,
        headers: req.headers as Record<string, string | string[]>,
        body: req.body,
      },
      scope,
    );
    res.locals.operationId = scope.operationId;
    res.locals.userId = scope.principal?.userId;
    // Answers to authenticated calls are personal: no cache may keep them (OWASP API8).
    res.setHeader('Cache-Control', 'no-store');
    sendReply(res, reply);
  };
}
