import type { Db } from '../db/connect.ts';
import { hashPassword } from './passwords.ts';

export async function findCredentials(
  db: Db,
  email: string,
): Promise<{ id: string; password_hash: string | null } | undefined> {
  return db('users')
    .whereRaw('lower(email) = lower(?)', [email.trim()])
    .first('id', 'password_hash');
}

export async function setPassword(db: Db, userId: string, password: string, now: Date) {
  await db('users')
    .where({ id: userId })
    .update({ password_hash: await hashPassword(password), password_changed_at: now });
}
