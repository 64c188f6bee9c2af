import { hashSecret, randomToken } from '../core/secrets.ts';
import type { Db } from '../db/connect.ts';

/** docs/security.md A17: a refresh token unused for 30 days is dead (each use rotates it). */
export const REFRESH_IDLE_MS = 30 * 24 * 60 * 60 * 1000;

export interface StoredRefreshToken {
  tokenHash: string;
  grantId: string;
  clientId: string;
  resource: string;
  scopes: string[];
  createdAt: Date;
  rotatedAt: Date | null;
  grantRevoked: boolean;
}

export async function issueRefreshToken(
  db: Db,
  input: { grantId: string; clientId: string; resource: string; scopes: string[] },
  now: Date,
): Promise<string> {
  const token = randomToken();
  await db('oauth_refresh_tokens').insert({
    token_hash: hashSecret(token),
    grant_id: input.grantId,
    client_id: input.clientId,
    resource: input.resource,
    scopes: input.scopes,
    created_at: now,
  });
  return token;
}

export async function findRefreshToken(
  db: Db,
  token: string,
): Promise<StoredRefreshToken | undefined> {
  const row = await db('oauth_refresh_tokens as r')
    .join('oauth_grants as g', 'g.id', 'r.grant_id')
    .where('r.token_hash', hashSecret(token))
    .first('r.*', 'g.revoked_at as grant_revoked_at');
  if (!row) return undefined;
  return {
    tokenHash: row.token_hash,
    grantId: row.grant_id,
    clientId: row.client_id,
    resource: row.resource,
    scopes: row.scopes,
    createdAt: new Date(row.created_at),
    rotatedAt: row.rotated_at,
    grantRevoked: row.grant_revoked_at !== null,
  };
}

/** One atomic UPDATE: a token rotates once; a second use is a replay (A15). */
export async function rotateRefreshToken(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const rows = await db('oauth_refresh_tokens')
    .where({ token_hash: tokenHash })
    .whereNull('rotated_at')
    .update({ rotated_at: now })
    .returning('token_hash');
  return rows.length === 1;
}
