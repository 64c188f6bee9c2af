import type { Logger } from 'pino';
import type { SafeFetchOptions } from '../core/safe-fetch.ts';
import type { Sealer } from '../core/sealed.ts';
import type { Db } from '../db/connect.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Mailer } from '../mail/mailer.ts';

/** What webhooks need from the app that builds them. */
export interface WebhookDeps {
  db: Db;
  jobs: JobQueue;
  /** Seals and opens the signing secrets kept in webhook_endpoints (src/core/sealed.ts). */
  secrets: Sealer;
  /**
   * How a webhook's URL is checked and posted to (docs/security.md A21): never loopback
   * in production; tests allow it to reach their local receivers.
   */
  fetch: SafeFetchOptions;
  mailer: Mailer;
  log: Pick<Logger, 'warn' | 'info' | 'error'>;
  now: () => Date;
  publicUrl: string;
}
