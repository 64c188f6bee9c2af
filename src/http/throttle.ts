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
 * round trip (OWASP API6, SECURITY.md R7).
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
