import type { Logger } from 'pino';
import type { AccessTokens } from '../auth/access-tokens.ts';
import type { CredentialCaches } from '../auth/credential-caches.ts';
import type { Csrf } from '../auth/csrf.ts';
import type { Db } from '../db/connect.ts';

/** What the authorization server needs, and no more. */
export interface OAuthDeps {
  db: Db;
  now: () => Date;
  log: Logger;
  publicUrl: string;
  /** Cookies carry Secure when Tend is served over https. */
  secureCookies: boolean;
  /** For the consent form, which a signed-in browser posts. */
  csrf: Csrf;
  accessTokens: AccessTokens;
  /** Told when a grant is revoked, so its access tokens stop on this instance at once. */
  credentials: CredentialCaches;
  /** Client ID Metadata Documents may be fetched from loopback hosts (development only). */
  allowLoopbackClientMetadata: boolean;
  /** Fetch used for Client ID Metadata Documents; tests may pass their own. */
  fetch?: typeof fetch;
}
