import { type Client, isPublic } from '../clients.ts';
import { OAuthError } from '../oauth-error.ts';

const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/**
 * docs/security.md A4 (RFC 9700 §2.1.1): public clients must send a challenge; confidential
 * ones may, and then it is enforced. A5: S256 only, never `plain`.
 */
export function checkCodeChallenge(
  client: Client,
  challenge: string | undefined,
  method: string | undefined,
): string | null {
  if (challenge === undefined) {
    if (isPublic(client)) {
      throw new OAuthError('invalid_request', 'code_challenge is required for this client.');
    }
    if (method !== undefined) {
      throw new OAuthError('invalid_request', 'code_challenge_method without code_challenge.');
    }
    return null;
  }
  if (method !== 'S256') {
    throw new OAuthError('invalid_request', 'code_challenge_method must be S256.');
  }
  // RFC 7636 §4.2: BASE64URL(SHA256(verifier)) is always 43 characters.
  if (!CHALLENGE.test(challenge)) {
    throw new OAuthError('invalid_request', 'code_challenge is not an S256 challenge.');
  }
  return challenge;
}
