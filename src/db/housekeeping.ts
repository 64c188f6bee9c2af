import type { Logger } from 'pino';
import { purgeExpiredIdempotencyKeys } from '../http/idempotency.ts';
import type { Db } from './connect.ts';
import { purgeDeleted } from './purge-deleted.ts';

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/** One pass of clean-up: what has outlived its retention is deleted. */
export async function runHousekeeping(
  db: Db,
  now: Date,
): Promise<{ idempotencyKeys: number; tasks: number; records: number }> {
  return {
    idempotencyKeys: await purgeExpiredIdempotencyKeys(db, now),
    tasks: await purgeDeleted(db, 'tasks', now),
    records: await purgeDeleted(db, 'records', now),
  };
}

/** Runs housekeeping on an interval while the server runs; returns a function to stop it. */
export function startHousekeeping(
  db: Db,
  now: () => Date,
  log: Logger,
  intervalMs = HOUSEKEEPING_INTERVAL_MS,
): () => void {
  const timer = setInterval(() => {
    runHousekeeping(db, now()).then(
      (purged) => log.debug({ purged }, 'housekeeping done'),
      (error: unknown) => log.warn({ err: error }, 'housekeeping failed'),
    );
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
