import { describe, expect, it } from 'vitest';
import { DECOY_HASH, hashPassword, verifyPassword } from '../../src/accounts/passwords.ts';

/** The algorithm, version and cost of a PHC string, without its salt and digest. */
function parametersOf(hash: string): string {
  return hash.split('$').slice(1, 4).join('$');
}

describe('passwords', () => {
  it('checks an unknown account against a decoy made as real hashes are, so it costs as much', async () => {
    const real = await hashPassword('correct horse battery staple');
    expect(parametersOf(DECOY_HASH)).toBe(parametersOf(real));
    expect(parametersOf(real)).toBe('argon2id$v=19$m=65536,p=4,t=3');
  });

  it('never lets a sign-in without an account through, whatever its password', async () => {
    expect(await verifyPassword(null, 'not a password anyone has')).toBe(false);
    expect(await verifyPassword(null, '')).toBe(false);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
  });
});
