import { createSealer, type Sealer } from '../core/sealed.ts';
import type { Db } from '../db/connect.ts';
import { webPush } from './web-push-module.ts';

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
    const fresh = (await webPush.load()).default.generateVAPIDKeys();
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
