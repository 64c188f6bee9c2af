import type { AccessTokens } from '../auth/access-tokens.ts';
import type { WebDeps } from '../web/web-deps.ts';

export interface OAuthDeps extends WebDeps {
  accessTokens: AccessTokens;
}
