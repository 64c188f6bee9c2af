import type { Logger } from 'pino';
import type { CredentialCaches } from '../auth/credential-caches.ts';
import type { Csrf } from '../auth/csrf.ts';
import type { Db } from '../db/connect.ts';
import type { Mailer } from '../mail/mailer.ts';

/** What the server-rendered pages need. */
export interface WebDeps {
  db: Db;
  now: () => Date;
  log: Logger;
  publicUrl: string;
  /** Cookies carry Secure when Tend is served over https. */
  secureCookies: boolean;
  csrf: Csrf;
  defaultTimezone: string;
  /** Sends verification and password-reset mails. */
  mailer: Mailer;
  /** Told when a page ends a person's credentials (a new password, a deleted account). */
  credentials: CredentialCaches;
}
