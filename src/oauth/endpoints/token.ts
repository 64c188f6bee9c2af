import type { Request, Response } from 'express';
import { grantStatus } from '../../auth/grant-status.ts';
import { authenticateClient } from '../checks/client-authentication.ts';
import { checkCodeVerifier } from '../checks/code-verifier.ts';
import { checkRefreshScope } from '../checks/refresh-scope.ts';
import type { Client } from '../clients.ts';
import { consumeCode, findCode } from '../codes.ts';
import { endGrant } from '../end-grant.ts';
import { issueTokens, type TokenResponse } from '../issue-tokens.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { OAuthError } from '../oauth-error.ts';
import { param } from '../parse-body.ts';
import { findRefreshToken, REFRESH_IDLE_MS, rotateRefreshToken } from '../refresh-tokens.ts';
import { sendOAuthJson } from '../send-oauth.ts';

const invalidGrant = (why: string) => new OAuthError('invalid_grant', why);

/** grant_type=authorization_code: RFC 6749 §4.1.3 with OAuth 2.1's PKCE rules. */
async function redeemCode(req: Request, deps: OAuthDeps, client: Client): Promise<TokenResponse> {
  const code = param(req.body, 'code');
  if (!code) throw new OAuthError('invalid_request', 'code is required.');
  const stored = await findCode(deps.db, code);
  if (!stored) throw invalidGrant('The code is unknown.');
  // docs/security.md A14: a code works only for its client and its redirect URI.
  if (stored.clientId !== client.id) throw invalidGrant('The code was issued to another client.');
  if (param(req.body, 'redirect_uri') !== stored.redirectUri) {
    throw invalidGrant('redirect_uri differs from the authorization request.');
  }
  // docs/security.md A11: 60 seconds.
  if (stored.expiresAt <= deps.now()) throw invalidGrant('The code has expired.');
  const resource = param(req.body, 'resource');
  if (resource !== undefined && resource.replace(/\/+$/, '') !== stored.resource) {
    throw new OAuthError('invalid_target', 'resource differs from the authorization request.');
  }
  // A12; a bad verifier fails here, before the code is touched, and revokes nothing (A13).
  checkCodeVerifier(stored.codeChallenge, param(req.body, 'code_verifier'));
  // docs/security.md A13 (OAuth 2.1 §4.1.3): a second valid redemption means the code leaked;
  // what the first one issued is revoked with the grant.
  // The grant is looked at before the code is spent: a parallel second redemption may
  // revoke it the moment after, and the first must still get its (then dead) tokens, so
  // that exactly one of them succeeds.
  const grant = await grantStatus(deps.db, stored.grantId);
  if (!grant?.active) throw invalidGrant('The connection has been removed.');
  if (!(await consumeCode(deps.db, stored.codeHash, deps.now()))) {
    await endGrant(deps, stored.grantId);
    throw invalidGrant('The code has already been used.');
  }
  return issueTokens(deps, {
    grantId: stored.grantId,
    userId: grant.userId,
    clientId: client.id,
    resource: stored.resource,
    scopes: stored.scopes,
    refreshScopes: stored.scopes,
  });
}

/** grant_type=refresh_token: RFC 6749 §6 with rotation (RFC 9700 §4.14.2). */
async function refresh(req: Request, deps: OAuthDeps, client: Client): Promise<TokenResponse> {
  const token = param(req.body, 'refresh_token');
  if (!token) throw new OAuthError('invalid_request', 'refresh_token is required.');
  const stored = await findRefreshToken(deps.db, token);
  if (!stored) throw invalidGrant('The refresh token is unknown.');
  // docs/security.md A14
  if (stored.clientId !== client.id) throw invalidGrant('The token was issued to another client.');
  if (stored.grantRevoked) throw invalidGrant('The connection has been removed.');
  // docs/security.md A15: a rotated token coming back means it leaked; end the whole grant.
  if (stored.rotatedAt !== null) {
    await endGrant(deps, stored.grantId);
    throw invalidGrant('The refresh token has already been used.');
  }
  // docs/security.md A17
  if (stored.createdAt.getTime() + REFRESH_IDLE_MS <= deps.now().getTime()) {
    throw invalidGrant('The refresh token has expired.');
  }
  const scopes = checkRefreshScope(stored.scopes, param(req.body, 'scope'));
  // As for a code: the grant first, so one of two parallel refreshes always succeeds.
  const grant = await grantStatus(deps.db, stored.grantId);
  if (!grant?.active) throw invalidGrant('The connection has been removed.');
  if (!(await rotateRefreshToken(deps.db, stored.tokenHash, deps.now()))) {
    await endGrant(deps, stored.grantId);
    throw invalidGrant('The refresh token has already been used.');
  }
  return issueTokens(deps, {
    grantId: stored.grantId,
    userId: grant.userId,
    clientId: client.id,
    resource: stored.resource,
    scopes,
    // RFC 6749 §6: the new refresh token keeps the old one's scope.
    refreshScopes: stored.scopes,
  });
}

/** POST /oauth/token: authenticate the client, then the grant type's steps. */
export function token(deps: OAuthDeps) {
  return async (req: Request, res: Response) => {
    const client = await authenticateClient(req, deps.db);
    const grantType = param(req.body, 'grant_type');
    let answer: TokenResponse;
    if (grantType === 'authorization_code') answer = await redeemCode(req, deps, client);
    else if (grantType === 'refresh_token') answer = await refresh(req, deps, client);
    else throw new OAuthError('unsupported_grant_type', 'Use authorization_code or refresh_token.');
    // docs/security.md A18
    sendOAuthJson(res, 200, answer);
  };
}
