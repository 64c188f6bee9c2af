import argon2 from 'argon2';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** argon2id with the library's defaults (OWASP's recommended parameters or stronger). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  // Without a hash, still spend the time of a verify so timing does not reveal accounts.
  const target = hash ?? DUMMY_HASH;
  const ok = await argon2.verify(await target, password).catch(() => false);
  return hash !== null && ok;
}

const DUMMY_HASH = hashPassword('not a password anyone has');
