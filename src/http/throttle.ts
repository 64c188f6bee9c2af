import type { Db } from '../db/connect.ts';

export interface ThrottleRule {
  /** What is counted, e.g. `sign-in:ip`. */
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * Counts one attempt against `rule` for `subject` and says whether it is still allowed.
 * Counters live in PostgreSQL so every instance shares them (DESIGN §4); one upsert, one
 * round trip (OWASP API6, docs/security.md R7).
 */
export async function countAttempt(
  db: Db,
  rule: ThrottleRule,
  subject: string,
  now: Date,
): Promise<{ allowed: boolean; retryAfterS: number }> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const result = await db.raw(
    `insert into throttle_counters (key, window_started_at, count) values (?, ?, 1)
     on conflict (key) do update set
       count = case when throttle_counters.window_started_at <= ? then 1
                    else throttle_counters.count + 1 end,
       window_started_at = case when throttle_counters.window_started_at <= ? then excluded.window_started_at
                    else throttle_counters.window_started_at end
     returning count, window_started_at`,
    [`${rule.name}:${subject}`, now, windowStart, windowStart],
  );
  const row = result.rows[0] as { count: number; window_started_at: Date };
  const resetsAt = new Date(row.window_started_at).getTime() + rule.windowMs;
  return {
    allowed: Number(row.count) <= rule.limit,
    retryAfterS: Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000)),
  };
}

/** Longer than any rule's window: a counter this old counts nothing any more. */
export const THROTTLE_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Housekeeping: counters whose window ended long ago. */
export async function purgeStaleThrottleCounters(db: Db, now: Date): Promise<number> {
  const purged = await db('throttle_counters')
    .where('window_started_at', '<=', new Date(now.getTime() - THROTTLE_RETENTION_MS))
    .delete()
    .returning('key');
  return purged.length;
}

/** Every rule that fails, checked for all subjects so each attempt is counted. */
export async function checkThrottles(
  db: Db,
  checks: [ThrottleRule, string][],
  now: Date,
): Promise<{ allowed: boolean; retryAfterS: number }> {
  let allowed = true;
  let retryAfterS = 0;
  for (const [rule, subject] of checks) {
    const r = await countAttempt(db, rule, subject, now);
    if (!r.allowed) {
      allowed = false;
      retryAfterS = Math.max(retryAfterS, r.retryAfterS);
    }
  }
  return { allowed, retryAfterS };
}

export interface BackoffRule {
  /** What is counted, e.g. `sign-in:pair`. */
  name: string;
  /** Failures let through before any wait. */
  free: number;
  /** The first wait; each further failure doubles it. */
  baseMs: number;
  maxMs: number;
}

/**
 * Growing delays rather than a lock: after `free` failures for one subject (an account
 * seen from one source), each further failure doubles the wait before the next try, up to
 * `maxMs`. The owner, coming from elsewhere, is a different subject and never waits
 * (OWASP Authentication Cheat Sheet: account lockout lets anyone lock anyone out).
 * The counter is throttle_counters' row for the subject: `count` failures, the last at
 * `window_started_at`.
 */
export async function backoffRemaining(
  db: Db,
  rule: BackoffRule,
  subject: string,
  now: Date,
): Promise<{ allowed: boolean; retryAfterS: number }> {
  const row = (await db('throttle_counters')
    .where({ key: `${rule.name}:${subject}` })
    .first('count', 'window_started_at')) as { count: number; window_started_at: Date } | undefined;
  if (!row) return { allowed: true, retryAfterS: 0 };
  const until = new Date(row.window_started_at).getTime() + backoffMs(rule, Number(row.count));
  const waitMs = until - now.getTime();
  return { allowed: waitMs <= 0, retryAfterS: Math.max(0, Math.ceil(waitMs / 1000)) };
}

/** Counts one failure for `subject`; returns how long the next try must wait. */
export async function recordFailure(
  db: Db,
  rule: BackoffRule,
  subject: string,
  now: Date,
): Promise<number> {
  // A subject quiet for a whole day starts over.
  const forgetBefore = new Date(now.getTime() - THROTTLE_RETENTION_MS);
  const result = await db.raw(
    `insert into throttle_counters (key, window_started_at, count) values (?, ?, 1)
     on conflict (key) do update set
       count = case when throttle_counters.window_started_at <= ? then 1
                    else throttle_counters.count + 1 end,
       window_started_at = excluded.window_started_at
     returning count`,
    [`${rule.name}:${subject}`, now, forgetBefore],
  );
  return backoffMs(rule, Number((result.rows[0] as { count: number }).count));
}

/** A success forgets the failures before it. */
export async function clearFailures(db: Db, rule: BackoffRule, subject: string): Promise<void> {
  await db('throttle_counters')
    .where({ key: `${rule.name}:${subject}` })
    .delete();
}

export function backoffMs(rule: BackoffRule, failures: number): number {
  if (failures <= rule.free) return 0;
  return Math.min(rule.maxMs, rule.baseMs * 2 ** Math.min(30, failures - rule.free - 1));
}
