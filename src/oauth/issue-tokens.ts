import { ACCESS_TOKEN_TTL_S } from '../auth/access-tokens.ts';
import { touchGrant } from './grants.ts';
import type { OAuthDeps } from './oauth-deps.ts';
import { issueRefreshToken } from './refresh-tokens.ts';
import { formatScope } from './scopes.ts';

export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  refresh_token: string;
  scope: string;
}

/** RFC 6749 §5.1, in the shape ChatGPT expects (docs/clients.md). */
export async function issueTokens(
  deps: OAuthDeps,
  input: {
    grantId: string;
    userId: string;
    clientId: string;
    resource: string;
    scopes: string[];
    refreshScopes: string[];
  },
): Promise<TokenResponse> {
  const now = deps.now();
  const accessToken = await deps.accessTokens.sign({
    userId: input.userId,
    clientId: input.clientId,
    grantId: input.grantId,
    scopes: input.scopes,
    audience: input.resource,
  });
  const refreshToken = await issueRefreshToken(
    deps.db,
    {
      grantId: input.grantId,
      clientId: input.clientId,
      resource: input.resource,
      scopes: input.refreshScopes,
    },
    now,
  );
  await touchGrant(deps.db, input.grantId, now);
  return {
    access_token: accessToken,
    token_type: 'bearer',
    expires_in: ACCESS_TOKEN_TTL_S,
    refresh_token: refreshToken,
    scope: formatScope(input.scopes),
  };
}
