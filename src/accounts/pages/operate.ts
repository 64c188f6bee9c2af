import type { Response } from 'express';
import { webPrincipal } from '../../auth/session-check.ts';
import type { SignedIn } from '../../auth/session-cookie.ts';
import type { Reply } from '../../contract/reply.ts';
import type { Contract } from '../../pipeline/contract-pipeline.ts';
import type { WebDeps } from '../../web/web-deps.ts';

export interface OperationCall {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

/**
 * Runs an account operation for the signed-in person through the contract, exactly as
 * an API call with the session cookie would run (validation, handler, response check):
 * the dashboard keeps no logic of its own. The page has checked its form's CSRF token.
 */
export async function operate(
  contract: Contract,
  deps: WebDeps,
  res: Response,
  session: SignedIn,
  call: OperationCall,
): Promise<Reply> {
  return contract.handle(
    {
      method: call.method,
      path: call.path,
      query: call.query ?? {},
      headers: { 'content-type': 'application/json' },
      body: call.body,
    },
    {
      requestId: res.locals.requestId,
      log: res.locals.log,
      bearer: undefined,
      sessionPrincipal: await webPrincipal(deps.db, session),
    },
  );
}

/** The body of a successful answer; anything else is a fault the page cannot explain. */
export function expectStatus<T>(reply: Reply, status: number): T {
  if (reply.status !== status) {
    throw new Error(`account operation answered ${reply.status}, expected ${status}`);
  }
  return reply.body as T;
}
