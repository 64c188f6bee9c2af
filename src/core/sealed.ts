import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets Tend must read back (a webhook's signing secret, which it signs with; a hash
 * would not do), kept encrypted at rest with a key derived from the server secret:
 * AES-256-GCM, the key from HKDF-SHA256 with a label per use, so a copy of the table
 * alone reveals nothing and one use's key opens no other's.
 */
export interface Sealer {
  seal(plain: string): string;
  /** Throws when the text was not sealed with this server secret and label. */
  open(sealed: string): string;
}

const VERSION = 'v1';

export function createSealer(serverSecret: string, label: string): Sealer {
  const key = Buffer.from(hkdfSync('sha256', serverSecret, '', `tend ${label}`, 32));
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url')}`;
    },
    open(sealed) {
      const [version, text] = sealed.split('.');
      if (version !== VERSION || !text) throw new Error('not a sealed secret');
      const raw = Buffer.from(text, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
