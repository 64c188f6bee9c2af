import type { Request as BackendRequest, Operation } from 'openapi-backend';
import type { Principal } from '../auth/principal.ts';
import type { Reply } from '../contract/reply.ts';
import type { Db } from '../db/connect.ts';
import type { RequestScope } from './request-scope.ts';

/** One API call on its way through the pipeline; each step reads and adds to it. */
export interface OperationCall {
  /** As the caller sent it: method, path, query, headers and parsed body. */
  request: BackendRequest;
  scope: RequestScope;
  /** The operation the path and method name (set by `route`). */
  operation?: Operation;
  /** Its path parameters as sent, still percent-encoded (set by `route`). */
  rawParams?: Record<string, string>;
  /** Who is calling (set by `authenticate`). */
  principal?: Principal;
  /** Path, query and body after validation: coerced, with defaults (set by `validate`). */
  input?: { path: Record<string, unknown>; query: Record<string, unknown>; body: unknown };
  /** The database the handler must use: the idempotency transaction when there is one. */
  db?: Db;
}

/**
 * A named step of the pipeline. It answers itself (a problem, say) or hands the call on
 * with `next()`, and may look at the reply on its way back (docs/design.md §1).
 */
export interface OperationStep {
  name: string;
  run(call: OperationCall, next: () => Promise<Reply>): Promise<Reply>;
}

/** Runs the steps in order; the last must answer without calling `next`. */
export function runSteps(steps: readonly OperationStep[], call: OperationCall): Promise<Reply> {
  const at = (index: number): Promise<Reply> => {
    const step = steps[index];
    if (!step) throw new Error('the pipeline ended without a reply');
    return step.run(call, () => at(index + 1));
  };
  return at(0);
}
