import { HttpError } from '../http-error.ts';

/**
 * 401 without valid credentials (RFC 6750 §3), the one wording for /v1 and /mcp. The
 * challenge names the protected-resource metadata (RFC 9728) and, where the caller knows
 * them, the scopes a client should ask for.
 */
export function unauthorized(options: {
  bearerSent: boolean;
  resourceMetadataUrl: string;
  scopes?: readonly string[];
}): HttpError {
  const error = options.bearerSent ? 'error="invalid_token", ' : '';
  const scope = options.scopes ? `, scope="${options.scopes.join(' ')}"` : '';
  return new HttpError({
    status: 401,
    code: 'unauthorized',
    title: 'Unauthorized',
    detail: options.bearerSent
      ? 'The bearer token is invalid, expired or revoked.'
      : 'A bearer token is required in the Authorization header.',
    hint: 'Ask the user to connect their Tend account again.',
    headers: {
      'WWW-Authenticate': `Bearer ${error}resource_metadata="${options.resourceMetadataUrl}"${scope}`,
    },
  });
}

/** RFC 6750 §3.1: 403 naming the scope(s) that would have let the request in. */
export function insufficientScope(scopes: readonly string[], anyOf = false): HttpError {
  const needed = scopes.join(' ');
  const detail = anyOf
    ? `This operation needs one of the scopes ${scopes.join(', ')}.`
    : `This operation needs the scope ${needed}.`;
  return scopeProblem(
    needed,
    detail,
    'Ask the user to reconnect Tend and allow this access, or use a key with this scope.',
  );
}

/** A search only for kinds the caller may not read: refused, so "nothing found" is not read as an answer. */
export function insufficientScopeToSearch(kinds: readonly string[], needed: string): HttpError {
  return scopeProblem(
    needed,
    `Searching ${kinds.join(', ')} needs the scope ${needed}.`,
    'Search the kinds this connection may read, or ask the user to reconnect Tend and allow this access.',
  );
}

function scopeProblem(needed: string, detail: string, hint: string): HttpError {
  return new HttpError({
    status: 403,
    code: 'insufficient_scope',
    title: 'Insufficient scope',
    detail,
    hint,
    headers: { 'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${needed}"` },
  });
}

/** A write with the session cookie that could not prove it came from Tend's page (A7). */
export function csrfFailed(): HttpError {
  return new HttpError({
    status: 403,
    code: 'csrf_failed',
    title: 'Cross-site request refused',
    detail: 'A change made with the session cookie must carry the page’s CSRF token.',
    hint: 'Send the csrf_token of a Tend page in the X-CSRF-Token header, from Tend’s own origin.',
  });
}

/** `/metrics` with METRICS_TOKEN set: the scraper must send that token (RFC 6750 §3). */
export function metricsTokenRequired(bearerSent: boolean): HttpError {
  return new HttpError({
    status: 401,
    code: 'metrics_token_required',
    title: 'Metrics token required',
    detail: bearerSent
      ? 'The bearer token is not the metrics token.'
      : 'The metrics token is required in the Authorization header.',
    hint: 'Configure the scraper with METRICS_TOKEN as its bearer token.',
    headers: {
      'WWW-Authenticate': bearerSent
        ? 'Bearer realm="metrics", error="invalid_token"'
        : 'Bearer realm="metrics"',
    },
  });
}
