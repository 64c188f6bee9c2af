import { rateLimited } from '../../core/problems/rate-limits.ts';
import type { Db } from '../../db/connect.ts';

const WINDOW_SECONDS = 60;

/**
 * The chat's own limit, over and above the API's: each message may cost model calls, so a
 * person sends at most `perMinute` in any minute, counted from the stored messages (every
 * instance sees the same count).
 */
export async function refuseOverMessageRate(
  db: Db,
  userId: string,
  now: Date,
  perMinute: number,
): Promise<void> {
  if (perMinute <= 0) return;
  const since = new Date(now.getTime() - WINDOW_SECONDS * 1000);
  const rows = await db('chat_messages')
    .where({ user_id: userId, role: 'user' })
    .andWhere('created_at', '>', since)
    .orderBy('created_at', 'asc')
    .limit(perMinute)
    .select('created_at');
  if (rows.length < perMinute) return;
  // Room comes back when the oldest message of the window leaves it.
  const oldest = new Date(rows[0].created_at).getTime();
  const wait = Math.max(1, Math.ceil((oldest + WINDOW_SECONDS * 1000 - now.getTime()) / 1000));
  throw rateLimited({
    failedAuth: false,
    quota: perMinute,
    windowSeconds: WINDOW_SECONDS,
    retryAfterSeconds: String(wait),
    headers: {
      'Retry-After': String(wait),
      'RateLimit-Policy': `"chat";q=${perMinute};w=${WINDOW_SECONDS}`,
      RateLimit: `"chat";r=0;t=${wait}`,
    },
  });
}
