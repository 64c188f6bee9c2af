import type { Logger } from 'pino';
import { purgeMailTokens } from '../accounts/mail-tokens.ts';
import { KEY_RETIRE_AFTER_MS } from '../auth/access-tokens.ts';
import { purgeSecurityEvents } from '../auth/security-events.ts';
import { purgeExpiredSessions } from '../auth/sessions.ts';
import { retireSigningKeys } from '../auth/signing-keys.ts';
import { onOneInstance } from '../db/advisory-lock.ts';
import type { Db } from '../db/connect.ts';
import { purgeDeleted } from '../db/purge-deleted.ts';
import { purgeStaleThrottleCounters } from '../http/throttle.ts';
import { purgeExpiredCodes } from '../oauth/codes.ts';
import { purgeExpiredIdempotencyKeys } from '../pipeline/idempotency.ts';
import { purgeExpiredRateLimits } from '../pipeline/rate-limits.ts';
import { purgeReminders } from '../reminders/purge.ts';
import { purgeDeliveryLog } from '../webhooks/delivery-rows.ts';

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;
/** The advisory lock of a housekeeping pass ("tend" in ASCII), the same on every instance. */
export const HOUSEKEEPING_LOCK = 0x74656e64;

export interface Purged {
  idempotencyKeys: number;
  sessions: number;
  authorizationCodes: number;
  throttleCounters: number;
  rateLimits: number;
  mailTokens: number;
  /** Security-log events older than a year. */
  securityEvents: number;
  /** Tasks and records deleted more than 30 days ago. */
  tasks: number;
  records: number;
  /** Signing keys superseded long enough ago that every token they signed has expired. */
  signingKeysRetired: number;
  /** Webhook deliveries (and their attempts) made more than 30 days ago. */
  webhookDeliveries: number;
  /** Reminders sent more than 30 days ago (docs/reminders.md). */
  reminderSends: number;
}

/** One pass of clean-up: what has outlived its retention is deleted. */
export async function runHousekeeping(db: Db, now: Date): Promise<Purged> {
  return {
    idempotencyKeys: await purgeExpiredIdempotencyKeys(db, now),
    sessions: await purgeExpiredSessions(db, now),
    authorizationCodes: await purgeExpiredCodes(db, now),
    throttleCounters: await purgeStaleThrottleCounters(db, now),
    rateLimits: await purgeExpiredRateLimits(db, now),
    mailTokens: await purgeMailTokens(db, now),
    securityEvents: await purgeSecurityEvents(db, now),
    tasks: await purgeDeleted(db, 'tasks', now),
    records: await purgeDeleted(db, 'records', now),
    signingKeysRetired: await retireSigningKeys(db, now, KEY_RETIRE_AFTER_MS),
    webhookDeliveries: await purgeDeliveryLog(db, now),
    reminderSends: await purgeReminders(db, now),
  };
}

/**
 * One pass on one instance at a time: several instances on a PostgreSQL database each
 * keep their timer, and one whose turn comes while another's pass runs skips its own
 * (`undefined`), rather than deleting the same rows twice over.
 */
export function runHousekeepingOnce(db: Db, now: Date): Promise<Purged | undefined> {
  return onOneInstance(db, HOUSEKEEPING_LOCK, (locked) => runHousekeeping(locked, now));
}

/** Runs housekeeping on an interval while the server runs; returns a function to stop it. */
export function startHousekeeping(
  db: Db,
  now: () => Date,
  log: Logger,
  intervalMs = HOUSEKEEPING_INTERVAL_MS,
): () => void {
  const timer = setInterval(() => {
    runHousekeepingOnce(db, now()).then(
      (purged) =>
        purged
          ? log.debug({ purged }, 'housekeeping done')
          : log.debug({}, 'housekeeping skipped: another instance is doing it'),
      (error: unknown) => log.warn({ err: error }, 'housekeeping failed'),
    );
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
