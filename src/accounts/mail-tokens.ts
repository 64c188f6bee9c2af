import { hashSecret, randomToken } from '../core/secrets.ts';
import type { Db } from '../db/connect.ts';

export type MailTokenPurpose = 'verify_email' | 'reset_password';

const HOUR = 60 * 60 * 1000;

/** How long a mailed link works: a day to verify, an hour to reset (OWASP: short). */
export const MAIL_TOKEN_TTL_MS: Record<MailTokenPurpose, number> = {
  verify_email: 24 * HOUR,
  reset_password: 1 * HOUR,
};

/** Returns the token for the link; only its SHA-256 is stored (DESIGN §4). */
export async function issueMailToken(
  db: Db,
  input: { userId: string; purpose: MailTokenPurpose; email: string; ttlMs?: number },
  now: Date,
): Promise<string> {
  const token = randomToken();
  await db('mail_tokens').insert({
    token_hash: hashSecret(token),
    user_id: input.userId,
    purpose: input.purpose,
    email: input.email,
    created_at: now,
    expires_at: new Date(now.getTime() + (input.ttlMs ?? MAIL_TOKEN_TTL_MS[input.purpose])),
  });
  return token;
}

export interface LiveMailToken {
  userId: string;
  email: string;
}

/** Whether a link still works, without using it up (GET shows a page, POST consumes). */
export async function findLiveMailToken(
  db: Db,
  purpose: MailTokenPurpose,
  token: string,
  now: Date,
): Promise<LiveMailToken | undefined> {
  if (!token || token.length > 100) return undefined;
  const row = await db('mail_tokens')
    .where({ token_hash: hashSecret(token), purpose })
    .whereNull('consumed_at')
    .where('expires_at', '>', now)
    .first('user_id', 'email');
  return row && { userId: row.user_id, email: row.email };
}

/** One atomic UPDATE: of two parallel uses exactly one gets the token (DESIGN §4). */
export async function consumeMailToken(
  db: Db,
  purpose: MailTokenPurpose,
  token: string,
  now: Date,
): Promise<LiveMailToken | undefined> {
  if (!token || token.length > 100) return undefined;
  const [row] = await db('mail_tokens')
    .where({ token_hash: hashSecret(token), purpose })
    .whereNull('consumed_at')
    .where('expires_at', '>', now)
    .update({ consumed_at: now })
    .returning(['user_id', 'email']);
  return row && { userId: row.user_id, email: row.email };
}

/** Once one link of a kind has worked, the others sent before it stop working. */
export async function consumeEveryMailToken(
  db: Db,
  userId: string,
  purpose: MailTokenPurpose,
  now: Date,
): Promise<void> {
  await db('mail_tokens')
    .where({ user_id: userId, purpose })
    .whereNull('consumed_at')
    .update({ consumed_at: now });
}

/** Housekeeping: a used or expired link is kept no longer. */
export async function purgeMailTokens(db: Db, now: Date): Promise<number> {
  const purged = await db('mail_tokens')
    .where('expires_at', '<=', now)
    .orWhereNotNull('consumed_at')
    .delete()
    .returning('token_hash');
  return purged.length;
}
