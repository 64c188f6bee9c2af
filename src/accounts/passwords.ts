import argon2 from 'argon2';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** argon2id with the library's defaults (OWASP's recommended parameters or stronger). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/**
 * What a sign-in with no account behind it is checked against, so it spends the time of a
 * real verify and timing does not reveal accounts. Written out rather than hashed at start:
 * a hash takes 64 MiB for a moment, the largest part of Tend's peak memory. Made by
 * `hashPassword`, and test/accounts/passwords.test.ts checks it still has its parameters.
 */
export const DECOY_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$Xhrjoxn5rE+ydeEmRlYvEw$y67kvLoduxC/ddlpzB5iIgVHeN+wKEYooTwm2SE4Mkc';

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  const ok = await argon2.verify(hash ?? DECOY_HASH, password).catch(() => false);
  return hash !== null && ok;
}
