import { createHash, timingSafeEqual } from 'node:crypto';
import { OAuthError } from '../oauth-error.ts';

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * docs/security.md A12: a verifier if and only if a challenge was stored, so PKCE can be
 * neither skipped nor added after the fact (RFC 9700 §2.1.1, OAuth 2.1 §4.1.3).
 */
export function checkCodeVerifier(challenge: string | null, verifier: string | undefined): void {
  if (challenge === null) {
    if (verifier !== undefined) {
      throw new OAuthError('invalid_grant', 'This code was issued without a code_challenge.');
    }
    return;
  }
  if (verifier === undefined || !VERIFIER.test(verifier)) {
    throw new OAuthError('invalid_grant', 'code_verifier is missing or malformed.');
  }
  // RFC 7636 §4.6
  const computed = Buffer.from(createHash('sha256').update(verifier).digest('base64url'));
  const stored = Buffer.from(challenge);
  if (computed.length !== stored.length || !timingSafeEqual(computed, stored)) {
    throw new OAuthError('invalid_grant', 'code_verifier does not match the code_challenge.');
  }
}
