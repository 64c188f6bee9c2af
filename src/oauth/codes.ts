import { hashSecret, randomToken } from '../core/secrets.ts';
import type { Db } from '../db/connect.ts';

/** docs/security.md A11: a code lives 60 seconds. */
export const CODE_TTL_MS = 60_000;

export interface StoredCode {
  codeHash: string;
  grantId: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string | null;
  resource: string;
  scopes: string[];
  expiresAt: Date;
  consumedAt: Date | null;
}

/** A11: bound to client, redirect URI, challenge and resource; only its hash is stored. */
export async function issueCode(
  db: Db,
  input: Omit<StoredCode, 'codeHash' | 'expiresAt' | 'consumedAt'>,
  now: Date,
): Promise<string> {
  const code = randomToken();
  await db('oauth_codes').insert({
    code_hash: hashSecret(code),
    grant_id: input.grantId,
    client_id: input.clientId,
    redirect_uri: input.redirectUri,
    code_challenge: input.codeChallenge,
    resource: input.resource,
    scopes: input.scopes,
    created_at: now,
    expires_at: new Date(now.getTime() + CODE_TTL_MS),
  });
  return code;
}

export async function findCode(db: Db, code: string): Promise<StoredCode | undefined> {
  const row = await db('oauth_codes')
    .where({ code_hash: hashSecret(code) })
    .first();
  if (!row) return undefined;
  return {
    codeHash: row.code_hash,
    grantId: row.grant_id,
    clientId: row.client_id,
    redirectUri: row.redirect_uri,
    codeChallenge: row.code_challenge,
    resource: row.resource,
    scopes: row.scopes,
    expiresAt: new Date(row.expires_at),
    consumedAt: row.consumed_at,
  };
}

/** Housekeeping: an expired code is refused before it is looked at twice (A11). */
export async function purgeExpiredCodes(db: Db, now: Date): Promise<number> {
  const purged = await db('oauth_codes')
    .where('expires_at', '<=', now)
    .delete()
    .returning('code_hash');
  return purged.length;
}

/** One atomic UPDATE: of two parallel redemptions exactly one gets true (A13). */
export async function consumeCode(db: Db, codeHash: string, now: Date): Promise<boolean> {
  const rows = await db('oauth_codes')
    .where({ code_hash: codeHash })
    .whereNull('consumed_at')
    .update({ consumed_at: now })
    .returning('code_hash');
  return rows.length === 1;
}
