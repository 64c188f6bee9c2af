import type { Response } from 'express';
import type { Principal } from '../auth/principal.ts';
import { clientOf } from '../auth/security-events.ts';
import { pagePrincipal, webPrincipal } from '../auth/session-check.ts';
import type { SignedIn } from '../auth/session-cookie.ts';
import type { Reply } from '../contract/reply.ts';
import type { Contract } from '../pipeline/contract-pipeline.ts';
import type { WebDeps } from './web-deps.ts';

export interface OperationCall {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** `text/event-stream` for an operation that can stream its answer (sendMessage). */
  accept?: string;
}

/**
 * Runs an operation for the signed-in person through the contract, exactly as an API call
 * would run (validation, handler, response check): the pages keep no logic of their own.
 * The page has checked its form's CSRF token. Account pages act with the `account` scope
 * (R6); the dashboard's data pages with every scope (`everyScope`, R13).
 */
export async function operate(
  contract: Contract,
  deps: WebDeps,
  res: Response,
  session: SignedIn,
  call: OperationCall,
  options: { everyScope?: boolean } = {},
): Promise<Reply> {
  const principal = options.everyScope
    ? await pagePrincipal(deps.db, session)
    : await webPrincipal(deps.db, session);
  return operateAs(contract, res, principal, call);
}

/** `operate` for a page that has looked up its person's principal already. */
export function operateAs(
  contract: Contract,
  res: Response,
  principal: Principal,
  call: OperationCall,
): Promise<Reply> {
  return contract.handle(
    {
      method: call.method,
      path: call.path,
      query: call.query ?? {},
      headers: {
        'content-type': 'application/json',
        ...(call.accept && { accept: call.accept }),
      },
      body: call.body,
    },
    {
      requestId: res.locals.requestId,
      log: res.locals.log,
      bearer: undefined,
      actingPrincipal: principal,
      client: clientOf(res.req),
    },
  );
}

/** The body of a successful answer; anything else is a fault the page cannot explain. */
export function expectStatus<T>(reply: Reply, status: number): T {
  if (reply.status !== status) {
    throw new Error(`operation answered ${reply.status}, expected ${status}`);
  }
  return reply.body as T;
}
