import type { Operation } from 'openapi-backend';
import type { Authenticator } from '../../auth/authenticate.ts';
import type { Principal } from '../../auth/principal.ts';
import type { SessionChecker } from '../../auth/session-check.ts';
import { problemReply } from '../../contract/reply.ts';
import type { HttpError } from '../../core/http-error.ts';
import { csrfFailed, unauthorized } from '../../core/problems/access.ts';
import { databaseUnavailable, internalError } from '../../core/problems/server.ts';
import { isDatabaseUnavailable } from '../../db/unavailable.ts';
import type { OperationStep } from '../operation-step.ts';
import type { RequestScope } from '../request-scope.ts';

/** The operation's `security` requirements: alternatives, each naming schemes and scopes. */
export function requirementsOf(operation: Operation): Record<string, string[]>[] {
  return (operation.security ?? []) as Record<string, string[]>[];
}

/** The scheme of the contract a principal's credential answers to. */
export function schemeOf(principal: Principal): string {
  return principal.kind === 'api_key'
    ? 'apiKey'
    : principal.kind === 'oauth'
      ? 'oauth2'
      : 'session';
}

/**
 * The caller behind the bearer token, looked up once per request (the rate limit may ask
 * before routing does); null when the token is invalid.
 */
export async function principalOf(
  scope: RequestScope,
  auth: Authenticator,
): Promise<Principal | null> {
  if (scope.principal === undefined) {
    try {
      scope.principal = scope.bearer ? await auth.authenticate(scope.bearer) : null;
    } catch (error) {
      // Not a 401: the credentials may be fine and the database unreachable.
      scope.authError = error;
      scope.principal = null;
    }
  }
  return scope.principal;
}

/**
 * Who is calling, by a credential the operation accepts: a bearer token (an API key or an
 * OAuth access token), or for account operations the dashboard's session cookie. A request
 * with a bearer token is judged by its token alone, so keys and OAuth tokens get exactly
 * their scopes (docs/security.md R6). 401 without one; 503 when the database cannot say.
 */
export function authenticate(deps: {
  authenticator: Authenticator;
  sessions: SessionChecker;
  resourceMetadataUrl: string;
}): OperationStep {
  return {
    name: 'authenticate',
    async run(call, next) {
      const { scope, request } = call;
      const requirements = requirementsOf(call.operation as Operation);
      if (requirements.length === 0) return next();
      const schemes = new Set(requirements.flatMap((r) => Object.keys(r)));
      let principal: Principal | undefined;
      let csrfRefused = false;
      // A page's own call, made server-side behind its session and CSRF guard (R13), acts
      // as its person whatever the operation's schemes; check-scope holds it to its scopes.
      if (scope.actingPrincipal) principal = scope.actingPrincipal;
      else if (schemes.has('session') && !scope.bearer) {
        try {
          const session = await deps.sessions(
            request.method,
            request.headers as Record<string, string | string[] | undefined>,
          );
          if (session.outcome === 'ok') principal = session.principal;
          csrfRefused = session.outcome === 'csrf_refused';
        } catch (error) {
          scope.authError = error;
        }
      }
      if (!principal && scope.bearer) {
        const bearer = await principalOf(scope, deps.authenticator);
        if (bearer && schemes.has(schemeOf(bearer))) principal = bearer;
      }
      if (!principal) {
        const problem = refusal(scope, csrfRefused, deps.resourceMetadataUrl);
        if (!problem.expose) scope.log.error({ err: scope.authError }, 'authentication failed');
        return problemReply(problem, scope.requestId);
      }
      call.principal = principal;
      return next();
    },
  };
}

function refusal(
  scope: RequestScope,
  csrfRefused: boolean,
  resourceMetadataUrl: string,
): HttpError {
  if (scope.authError) {
    return isDatabaseUnavailable(scope.authError)
      ? databaseUnavailable()
      : internalError(scope.authError);
  }
  if (csrfRefused) return csrfFailed();
  return unauthorized({ bearerSent: scope.bearer !== undefined, resourceMetadataUrl });
}
