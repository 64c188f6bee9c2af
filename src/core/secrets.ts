import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, url-safe: codes, refresh tokens, client secrets. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** High-entropy secrets need no slow hash; SHA-256 keeps them unreadable at rest. */
export function hashSecret(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** docs/security.md A20: compared in constant time. */
export function sameHash(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
