import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.ts';
import type { RequestClient } from '../auth/security-events.ts';

/** Per-request state the surface (HTTP, MCP, a page) hands the pipeline with the call. */
export interface RequestScope {
  requestId: string;
  log: Logger;
  /** The bearer token from the Authorization header, if any. */
  bearer: string | undefined;
  /** Set once the token has been checked; null when it was invalid. */
  principal?: Principal | null;
  operationId?: string;
  /**
   * A dashboard session's principal: set by `authenticate`, or beforehand by
   * a dashboard page that has checked its own form's CSRF token.
   */
  actingPrincipal?: Principal;
  /** Checking the credentials failed for a reason other than the credentials. */
  authError?: unknown;
  /** The client's address (behind TRUST_PROXY proxies), for per-IP rate limits. */
  clientIp?: string;
  /** Where the request came from, for the person's security log only. */
  client?: RequestClient;
  /** The request was already counted against its rate limit (an MCP tool call). */
  rateCounted?: boolean;
}
