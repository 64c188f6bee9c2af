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
  /** Scopes the credentials lacked, when authentication succeeded but authorization did not. */
  missingScopes?: string[];
  /** The operation accepts any one of `missingScopes`, rather than needing all. */
  missingAnyOf?: boolean;
  operationId?: string;
  /**
   * A dashboard session's principal: set by the session scheme's handler, or beforehand by
   * a dashboard page that has checked its own form's CSRF token.
   */
  sessionPrincipal?: Principal;
  /** A session cookie came with a write that could not prove it came from Tend's page. */
  csrfRefused?: boolean;
  /** Checking the credentials failed for a reason other than the credentials. */
  authError?: unknown;
  /** The client's address (behind TRUST_PROXY proxies), for per-IP rate limits. */
  clientIp?: string;
  /** The request was already counted against its rate limit (an MCP tool call). */
  rateCounted?: boolean;
}
