import type { Client } from '../clients.ts';

/**
 * ChatGPT's Action callback; the GPT's id changes when its action is edited, so a
 * ChatGPT Action client may use any of them until the exact URL is pasted back.
 */
export const CHATGPT_CALLBACK =
  /^https:\/\/(chatgpt\.com|chat\.openai\.com)\/aip\/g-[A-Za-z0-9]{1,64}\/oauth\/callback$/;

/**
 * docs/security.md A1 (RFC 9700 §2.1): exact string comparison with a registered URI. The one
 * exception is the pattern above, on ChatGPT Action clients only, until their exact
 * callback has been pasted back. A missing redirect_uri
 * is allowed only when exactly one is registered (OAuth 2.1 §4.1.1).
 */
export function checkRedirectUri(client: Client, requested: string | undefined): string | null {
  if (requested === undefined) {
    return client.redirectUris.length === 1 ? (client.redirectUris[0] ?? null) : null;
  }
  if (client.redirectUris.includes(requested)) return requested;
  if (
    client.kind === 'chatgpt_action' &&
    client.redirectUris.length === 0 &&
    CHATGPT_CALLBACK.test(requested)
  ) {
    return requested;
  }
  return null;
}
