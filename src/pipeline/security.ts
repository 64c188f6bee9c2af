import type { Context } from 'openapi-backend';
import type { Authenticator } from '../auth/authenticate.ts';
import type { Principal } from '../auth/principal.ts';
import type { SessionChecker } from '../auth/session-check.ts';
import { HttpError } from '../core/http-error.ts';
import { insufficientScope } from '../core/problems/access.ts';
import { databaseUnavailable, internalError } from '../core/problems/server.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import type { RequestScope } from './request-scope.ts';

type Scheme = 'oauth2' | 'apiKey';

/**
 * The scope sets an operation's `security` accepts under one scheme: any one of them
 * suffices (OpenAPI security requirements are alternatives).
 */
export function acceptedScopeSets(context: Context, scheme: Scheme): string[][] {
  const requirements = (context.operation.security ?? []) as Record<string, string[]>[];
  return requirements.flatMap((r) => (scheme in r ? [r[scheme] ?? []] : []));
}

// openapi-backend calls a scheme's handler once per requirement naming it, concurrently:
// the credentials are checked once per request all the same.
const lookups = new WeakMap<RequestScope, Promise<Principal | null>>();

export function principalOf(scope: RequestScope, auth: Authenticator): Promise<Principal | null> {
  let lookup = lookups.get(scope);
  if (!lookup) {
    lookup = (async () => {
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
    })();
    lookups.set(scope, lookup);
  }
  return lookup;
}

/**
 * One security handler per scheme in the contract. Both schemes arrive as a bearer
 * token; each accepts only its own kind of credential and checks the scopes the
 * operation names for it.
 */
export function securityHandler(scheme: Scheme, auth: Authenticator) {
  const kind = scheme === 'apiKey' ? 'api_key' : 'oauth';
  return async (context: Context, scope: RequestScope): Promise<Principal | false> => {
    const principal = await principalOf(scope, auth);
    if (!principal || principal.kind !== kind) return false;
    const sets = acceptedScopeSets(context, scheme);
    if (sets.some((set) => set.every((s) => principal.scopes.has(s)))) return principal;
    // Naming every scope accepted: a token holding them all would be let in.
    scope.missingScopes = [...new Set(sets.flat())].filter((s) => !principal.scopes.has(s));
    scope.missingAnyOf = sets.length > 1;
    return false;
  };
}

/**
 * The `session` scheme: the dashboard's cookie, named only by account operations. A request
 * with a bearer token is judged by its token alone, so keys and OAuth tokens get exactly
 * their scopes (docs/security.md R6).
 */
export function sessionSecurityHandler(check: SessionChecker) {
  return async (context: Context, scope: RequestScope): Promise<Principal | false> => {
    if (scope.sessionPrincipal) return scope.sessionPrincipal;
    if (scope.bearer) return false;
    try {
      const result = await check(
        context.request.method,
        context.request.headers as Record<string, string | string[] | undefined>,
      );
      if (result.outcome === 'csrf_refused') scope.csrfRefused = true;
      if (result.outcome !== 'ok') return false;
      scope.sessionPrincipal = result.principal;
      return result.principal;
    } catch (error) {
      scope.authError = error;
      return false;
    }
  };
}

/** 401 when there are no valid credentials, 403 when they lack the scope (RFC 6750 §3). */
export function authorizationProblem(scope: RequestScope, resourceMetadataUrl: string): HttpError {
  if (scope.authError) {
    if (isDatabaseUnavailable(scope.authError)) return databaseUnavailable();
    return internalError(scope.authError);
  }
  if (scope.principal && scope.missingScopes) {
    return insufficientScope(scope.missingScopes, scope.missingAnyOf);
  }
  if (scope.csrfRefused && !scope.principal) {
    return new HttpError({
      status: 403,
      code: 'csrf_failed',
      title: 'Cross-site request refused',
      detail: 'A change made with the session cookie must carry the page’s CSRF token.',
      hint: 'Send the csrf_token of a Tend page in the X-CSRF-Token header, from Tend’s own origin.',
    });
  }
  const challenge = scope.bearer
    ? `Bearer error="invalid_token", resource_metadata="${resourceMetadataUrl}"`
    : `Bearer resource_metadata="${resourceMetadataUrl}"`;
  return new HttpError({
    status: 401,
    code: 'unauthorized',
    title: 'Unauthorized',
    detail: scope.bearer
      ? 'The bearer token is invalid, expired or revoked.'
      : 'A bearer token is required in the Authorization header.',
    hint: 'Ask the user to connect their Tend account again.',
    headers: { 'WWW-Authenticate': challenge },
  });
}
