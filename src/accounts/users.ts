import type { Db } from '../db/connect.ts';

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

export async function createUser(
  db: Db,
  input: { email: string; displayName: string; timezone: string; now: Date },
): Promise<User> {
  const email = input.email.trim();
  try {
    const [user] = await db('users')
      .insert({
        email,
        display_name: input.displayName.trim(),
        timezone: input.timezone,
        created_at: input.now,
      })
      .returning(['id', 'email', 'display_name', 'timezone', 'created_at']);
    return user;
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
