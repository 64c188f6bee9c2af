import { OAuthError } from '../oauth-error.ts';
import { parseScope } from '../scopes.ts';

/** docs/security.md A16 (RFC 6749 §6): a refresh may narrow the scope, never widen it. */
export function checkRefreshScope(granted: string[], scope: string | undefined): string[] {
  if (scope === undefined) return granted;
  const requested = parseScope(scope);
  const extra = requested.filter((s) => !granted.includes(s));
  if (extra.length > 0 || requested.length === 0) {
    throw new OAuthError('invalid_scope', `The grant does not include ${extra.join(' ')}.`);
  }
  return requested;
}
