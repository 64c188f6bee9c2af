import type { Db } from '../db/connect.ts';

export interface Grant {
  id: string;
  userId: string;
  clientId: string;
  scopes: string[];
}

/** The person's live consent for this client, if any. */
export async function findActiveGrant(
  db: Db,
  userId: string,
  clientId: string,
): Promise<Grant | undefined> {
  const row = await db('oauth_grants')
    .where({ user_id: userId, client_id: clientId })
    .whereNull('revoked_at')
    .orderBy('created_at', 'desc')
    .first('id', 'user_id', 'client_id', 'scopes');
  return row && { id: row.id, userId: row.user_id, clientId: row.client_id, scopes: row.scopes };
}

/** Consent adds to the live grant, or starts one. */
export async function recordConsent(
  db: Db,
  input: { userId: string; clientId: string; scopes: string[]; now: Date },
): Promise<Grant> {
  const existing = await findActiveGrant(db, input.userId, input.clientId);
  if (existing) {
    const scopes = [...new Set([...existing.scopes, ...input.scopes])];
    await db('oauth_grants').where({ id: existing.id }).update({ scopes });
    return { ...existing, scopes };
  }
  const [row] = await db('oauth_grants')
    .insert({
      user_id: input.userId,
      client_id: input.clientId,
      scopes: input.scopes,
      created_at: input.now,
    })
    .returning('id');
  return { id: row.id, userId: input.userId, clientId: input.clientId, scopes: input.scopes };
}

/**
 * Ends a grant: its refresh tokens stop at once, its access tokens at the resource
 * server's next check (docs/security.md A19), which a revoked grant's notice makes
 * immediate (migration 0113). Returns the grant's person when it was live until now.
 */
export async function revokeGrant(db: Db, grantId: string, now: Date): Promise<string | undefined> {
  const [row] = await db('oauth_grants')
    .where({ id: grantId })
    .whereNull('revoked_at')
    .update({ revoked_at: now })
    .returning('user_id');
  return row?.user_id;
}

export async function touchGrant(db: Db, grantId: string, now: Date): Promise<void> {
  await db('oauth_grants').where({ id: grantId }).update({ last_used_at: now });
}
