import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connect.ts';

/** A session ends after this long unused, and after SESSION_ABSOLUTE_MS whatever happens. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so page views rarely write. */
const TOUCH_EVERY_MS = 60_000;

export interface Session {
  idHash: string;
  userId: string;
}

function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** Returns the opaque id for the cookie; only its SHA-256 is stored (DESIGN §4). */
export async function createSession(db: Db, userId: string, now: Date): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await db('sessions').insert({
    id_hash: hashId(id),
    user_id: userId,
    created_at: now,
    last_seen_at: now,
    expires_at: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
  });
  return id;
}

export async function findSession(
  db: Db,
  id: string | undefined,
  now: Date,
): Promise<Session | undefined> {
  if (!id) return undefined;
  const idHash = hashId(id);
  const row = await db('sessions').where({ id_hash: idHash }).first();
  if (!row) return undefined;
  const idle = now.getTime() - new Date(row.last_seen_at).getTime();
  if (new Date(row.expires_at) <= now || idle > SESSION_IDLE_MS) {
    await db('sessions').where({ id_hash: idHash }).delete();
    return undefined;
  }
  if (idle > TOUCH_EVERY_MS) {
    await db('sessions').where({ id_hash: idHash }).update({ last_seen_at: now });
  }
  return { idHash, userId: row.user_id };
}

/** Housekeeping: sessions past their absolute or idle end, which findSession would refuse. */
export async function purgeExpiredSessions(db: Db, now: Date): Promise<number> {
  // RETURNING counts alike on pg and PGlite, whose drivers report a DELETE differently.
  const purged = await db('sessions')
    .where('expires_at', '<=', now)
    .orWhere('last_seen_at', '<', new Date(now.getTime() - SESSION_IDLE_MS))
    .delete()
    .returning('id_hash');
  return purged.length;
}

export async function deleteSession(db: Db, id: string | undefined): Promise<void> {
  if (id)
    await db('sessions')
      .where({ id_hash: hashId(id) })
      .delete();
}
