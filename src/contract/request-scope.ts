import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.ts';

/** Per-request state passed through openapi-backend to every handler. */
export interface RequestScope {
  requestId: string;
  log: Logger;
  /** The bearer token from the Authorization header, if any. */
  bearer: string | undefined;
  /** Set once the token has been checked; null when it was invalid. */
  principal?: Principal | null;
  /**
   * Scopes the credentials lacked, when authentication succeeded but authorization did
   * not: for each scope set the operation accepts, the scopes missing from it.
   */
  missingScopes?: string[][];
  operationId?: string;
  /** Checking the credentials failed for a reason other than the credentials. */
  authError?: unknown;
}
