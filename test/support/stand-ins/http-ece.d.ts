declare module 'http_ece' {
  import type { ECDH } from 'node:crypto';
  /** RFC 8188 decryption, as web-push's own dependency does it (only what tests use). */
  export function decrypt(
    buffer: Buffer,
    params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: string },
  ): Buffer;
}
