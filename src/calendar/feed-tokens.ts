import { randomBytes } from 'node:crypto';
import { hashSecret } from '../core/secrets.ts';
import type { Db } from '../db/connect.ts';

const TOKEN_PREFIX = 'cal_';
/** What a feed URL's last segment must look like before the database is asked. */
export const FEED_TOKEN = /^cal_[A-Za-z0-9_-]{43}$/;

export function feedUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/calendar/${token}.ics`;
}

/**
 * Makes the user's feed token, replacing any earlier one (whose URL stops working). The
 * token is a bearer secret in a URL calendar apps poll, so only its SHA-256 is stored.
 */
export async function rotateFeedToken(
  db: Db,
  userId: string,
  now: Date,
): Promise<{ token: string; createdAt: Date }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  await db('calendar_feeds')
    .insert({ user_id: userId, token_hash: hashSecret(token), created_at: now })
    .onConflict('user_id')
    .merge(['token_hash', 'created_at']);
  return { token, createdAt: now };
}

export async function deleteFeedToken(db: Db, userId: string): Promise<void> {
  await db('calendar_feeds').where({ user_id: userId }).delete();
}

/** Whose feed a token opens, with their time zone; undefined for an unknown token. */
export async function findFeedOwner(
  db: Db,
  token: string,
): Promise<{ userId: string; timezone: string } | undefined> {
  if (!FEED_TOKEN.test(token)) return undefined;
  const row = await db('calendar_feeds as f')
    .join('users as u', 'u.id', 'f.user_id')
    .where('f.token_hash', hashSecret(token))
    .first('u.id as userId', 'u.timezone as timezone');
  return row;
}

/** When the user's feed was made, or undefined while it is off; the token is never shown again. */
export async function feedCreatedAt(db: Db, userId: string): Promise<Date | undefined> {
  const row = await db('calendar_feeds').where({ user_id: userId }).first('created_at');
  return row && new Date(row.created_at);
}
