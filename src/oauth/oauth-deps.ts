import type { WebDeps } from '../web/web-deps.ts';
import type { AccessTokens } from './access-tokens.ts';

export interface OAuthDeps extends WebDeps {
  accessTokens: AccessTokens;
}
