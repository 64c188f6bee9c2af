import type { Client } from '../clients.ts';
import { OAuthError } from '../oauth-error.ts';
import { parseScope } from '../scopes.ts';

/**
 * RFC 6749 §3.3: a missing scope falls back to the client's registered scopes (ChatGPT
 * reconnects without one); a scope the client was not registered for is `invalid_scope`.
 */
export function checkRequestedScope(client: Client, scope: string | undefined): string[] {
  if (scope === undefined || scope.trim() === '') return client.scopes;
  const requested = parseScope(scope);
  const extra = requested.filter((s) => !client.scopes.includes(s));
  if (extra.length > 0) {
    throw new OAuthError('invalid_scope', `This client may not ask for ${extra.join(' ')}.`);
  }
  return requested;
}
