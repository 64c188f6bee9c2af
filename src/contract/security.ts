import type { Context } from 'openapi-backend';
import type { Authenticator } from '../auth/authenticate.ts';
import type { Principal } from '../auth/principal.ts';
import { databaseUnavailable, isDatabaseUnavailable } from '../db/unavailable.ts';
import { HttpError, internalError } from './problem.ts';
import type { RequestScope } from './request-scope.ts';

type Scheme = 'oauth2' | 'apiKey';

/**
 * The scope sets an operation's `security` accepts under one scheme: any one set suffices
 * (OpenAPI 3.1 §4.8.30, alternatives), e.g. search needs records:read or tasks:read.
 */
export function requiredScopeSets(context: Context, scheme: Scheme): string[][] {
  const requirements = (context.operation.security ?? []) as Record<string, string[]>[];
  return requirements.flatMap((r) => (r[scheme] ? [r[scheme]] : []));
}

async function principalOf(scope: RequestScope, auth: Authenticator): Promise<Principal | null> {
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
 * One security handler per scheme in the contract. Both schemes arrive as a bearer
 * token; each accepts only its own kind of credential and checks the scopes the
 * operation names for it.
 */
export function securityHandler(scheme: Scheme, auth: Authenticator) {
  const kind = scheme === 'apiKey' ? 'api_key' : 'oauth';
  return async (context: Context, scope: RequestScope): Promise<Principal | false> => {
    const principal = await principalOf(scope, auth);
    if (!principal || principal.kind !== kind) return false;
    const sets = requiredScopeSets(context, scheme);
    const granted = (set: string[]) => set.every((s) => principal.scopes.has(s));
    if (sets.length > 0 && !sets.some(granted)) {
      scope.missingScopes = sets.map((set) => set.filter((s) => !principal.scopes.has(s)));
      return false;
    }
    return principal;
  };
}

/** 401 when there are no valid credentials, 403 when they lack the scope (RFC 6750 §3). */
export function authorizationProblem(scope: RequestScope, resourceMetadataUrl: string): HttpError {
  if (scope.authError) {
    if (isDatabaseUnavailable(scope.authError)) return databaseUnavailable();
    return internalError(scope.authError);
  }
  if (scope.principal && scope.missingScopes) {
    const needed = scope.missingScopes.map((set) => set.join(' ')).join(' or ');
    // RFC 6750 §3: `scope` is one space-delimited list; name the first alternative.
    const challengeScope = scope.missingScopes[0]?.join(' ') ?? '';
    return new HttpError({
      status: 403,
      code: 'insufficient_scope',
      title: 'Insufficient scope',
      detail: `This operation needs the scope ${needed}.`,
      hint: 'Ask the user to reconnect Tend and allow this access, or use a key with this scope.',
      headers: {
        'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${challengeScope}"`,
      },
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
