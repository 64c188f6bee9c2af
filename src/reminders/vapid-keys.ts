import { createECDH } from 'node:crypto';
import { createSealer, type Sealer } from '../core/sealed.ts';
import type { Db } from '../db/connect.ts';

/** What the private key is sealed for (src/core/sealed.ts). */
const PURPOSE = 'vapid private key';

export interface VapidKeys {
  /** Uncompressed P-256 point, base64url: the browser's `applicationServerKey`. */
  publicKey: string;
  privateKey: string;
}

/**
 * The server's one VAPID key pair (RFC 8292), made on first start and kept in the
 * database, so every instance signs with the same key and subscriptions survive restarts.
 * Two instances starting at once both try; the row's single key lets one win.
 */
export async function loadVapidKeys(
  db: Db,
  serverSecret: string,
  now: Date,
): Promise<VapidKeys | undefined> {
  const sealer = createSealer(serverSecret, PURPOSE);
  let row = await db('vapid_keys').first('public_key', 'private_key_sealed');
  if (!row) {
    const fresh = generateVapidKeys();
    await db('vapid_keys')
      .insert({
        public_key: fresh.publicKey,
        private_key_sealed: sealer.seal(fresh.privateKey),
        created_at: now,
      })
      .onConflict('id')
      .ignore();
    row = await db('vapid_keys').first('public_key', 'private_key_sealed');
  }
  const privateKey = openOrUndefined(sealer, row.private_key_sealed);
  // Undefined when the server secret changed since (the caller says what to do).
  return privateKey ? { publicKey: row.public_key, privateKey } : undefined;
}

/**
 * A new P-256 pair as web-push's `generateVAPIDKeys` makes one, from node:crypto alone: a
 * first start makes it, and loading web-push for it held the start up by a fifth of a
 * second. Each half is padded to its full length, as web-push pads it.
 */
export function generateVapidKeys(): VapidKeys {
  const curve = createECDH('prime256v1');
  curve.generateKeys();
  const full = (bytes: Buffer, length: number) =>
    Buffer.concat([Buffer.alloc(Math.max(0, length - bytes.length)), bytes]);
  return {
    publicKey: full(curve.getPublicKey(), 65).toString('base64url'),
    privateKey: full(curve.getPrivateKey(), 32).toString('base64url'),
  };
}

/** The public key alone, for the settings answer (no secret needed). */
export async function vapidPublicKey(db: Db): Promise<string | null> {
  const row = await db('vapid_keys').first('public_key');
  return row?.public_key ?? null;
}

function openOrUndefined(sealer: Sealer, sealed: string): string | undefined {
  try {
    return sealer.open(sealed);
  } catch {
    return undefined;
  }
}
