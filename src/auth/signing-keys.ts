import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import type { Db } from '../db/connect.ts';

/**
 * How long an instance keeps what it read about a key. Another instance sees a rotation
 * (and a retirement) within this time, so a superseded key is kept verifying this much
 * beyond its last token's lifetime (KEY_RETIRE_AFTER_MS in access-tokens.ts).
 */
export const KEY_CACHE_MS = 60_000;

/** Unknown kids are remembered as unknown too, up to this many, so garbage costs no query. */
const MAX_CACHED_KIDS = 1000;

/** Every kid Tend makes (the migration's and rotateSigningKey's): anything else is not asked. */
const KID = /^[0-9a-f]{16}$/;

export interface SigningKey {
  kid: string;
  key: KeyObject;
}

interface KeyRow {
  kid: string;
  secret: string | null;
  retired_at: Date | null;
}

/**
 * The access-token signing keys kept in `signing_keys`, looked up by kid through a short
 * cache: the steady state costs no database round trip (docs/design.md §7). The first key
 * has no secret of its own: the server secret (TOKEN_SECRET, or the generated one) signs.
 */
export function createSigningKeys(options: { db: Db; serverSecret: string; now: () => Date }) {
  // Imported once: about twice as fast to verify as raw bytes (docs/stack.md).
  const importKey = (row: KeyRow) =>
    createSecretKey(Buffer.from(row.secret ?? options.serverSecret, 'utf8'));
  let current: { key: SigningKey; until: number } | undefined;
  const byKid = new Map<string, { key: KeyObject | null; until: number }>();
  let serverSecretKid: { kid: string | null; until: number } | undefined;

  const clock = () => options.now().getTime();

  return {
    /** The key that signs from now on: the newest that no other has superseded. */
    async current(): Promise<SigningKey> {
      if (current && current.until > clock()) return current.key;
      const row: KeyRow | undefined = await options
        .db('signing_keys')
        .whereNull('superseded_at')
        .whereNull('retired_at')
        .orderBy('created_at', 'desc')
        .first('kid', 'secret', 'retired_at');
      if (!row) throw new Error('no signing key: run the migrations');
      current = { key: { kid: row.kid, key: importKey(row) }, until: clock() + KEY_CACHE_MS };
      return current.key;
    },

    /**
     * The key a token names, or null when it is unknown or retired. A token without a
     * kid was signed by the server secret before keys had ids.
     */
    async verifying(kid: string | undefined): Promise<KeyObject | null> {
      const name = kid ?? (await serverSecretKidOf());
      if (name === null || !KID.test(name)) return null;
      const cached = byKid.get(name);
      if (cached && cached.until > clock()) return cached.key;
      const row: KeyRow | undefined = await options
        .db('signing_keys')
        .where({ kid: name })
        .first('kid', 'secret', 'retired_at');
      const key = row && row.retired_at === null ? importKey(row) : null;
      if (byKid.size >= MAX_CACHED_KIDS) byKid.clear();
      byKid.set(name, { key, until: clock() + KEY_CACHE_MS });
      return key;
    },
  };

  async function serverSecretKidOf(): Promise<string | null> {
    if (serverSecretKid && serverSecretKid.until > clock()) return serverSecretKid.kid;
    const row = await options.db('signing_keys').whereNull('secret').first('kid');
    serverSecretKid = { kid: row?.kid ?? null, until: clock() + KEY_CACHE_MS };
    return serverSecretKid.kid;
  }
}

export type SigningKeys = ReturnType<typeof createSigningKeys>;

/**
 * `tend keys rotate`: a new key signs from now on (every instance within KEY_CACHE_MS);
 * the keys it supersedes keep verifying until housekeeping retires them.
 */
export async function rotateSigningKey(
  db: Db,
  now: Date,
): Promise<{ kid: string; superseded: string[] }> {
  const kid = randomBytes(8).toString('hex');
  return db.transaction(async (trx) => {
    const superseded: { kid: string }[] = await trx('signing_keys')
      .whereNull('superseded_at')
      .whereNull('retired_at')
      .update({ superseded_at: now })
      .returning('kid');
    await trx('signing_keys').insert({
      kid,
      secret: randomBytes(48).toString('base64url'),
      created_at: now,
    });
    return { kid, superseded: superseded.map((row) => row.kid) };
  });
}

/**
 * Housekeeping: a key superseded longer ago than `afterMs` (the lifetime of the last
 * token it signed, and the cache) stops verifying. The row stays, so its kid is known as
 * retired rather than unknown.
 */
export async function retireSigningKeys(db: Db, now: Date, afterMs: number): Promise<number> {
  return db('signing_keys')
    .whereNull('retired_at')
    .where('superseded_at', '<=', new Date(now.getTime() - afterMs))
    .update({ retired_at: now });
}
