import type { Db } from '../db/connect.ts';
import { insertSelfSubject } from '../subjects/queries.ts';

export interface User {
  id: string;
  email: string;
  display_name: string;
  timezone: string;
  created_at: Date;
}

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`A user with the email ${email} already exists.`);
  }
}

/** Creates a user together with the `self` subject their own records are about. */
export async function createUser(
  db: Db,
  input: { email: string; displayName: string; timezone: string; now: Date },
): Promise<User> {
  const email = input.email.trim();
  const displayName = input.displayName.trim();
  try {
    return await db.transaction(async (trx) => {
      const [user] = await trx('users')
        .insert({
          email,
          display_name: displayName,
          timezone: input.timezone,
          created_at: input.now,
        })
        .returning(['id', 'email', 'display_name', 'timezone', 'created_at']);
      await insertSelfSubject(trx, user.id, displayName, input.now);
      return user;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new DuplicateEmailError(email);
    throw error;
  }
}

/** Emails are matched case-insensitively, as people type them. */
export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  return db('users')
    .whereRaw('lower(email) = lower(?)', [email.trim()])
    .first('id', 'email', 'display_name', 'timezone', 'created_at');
}
