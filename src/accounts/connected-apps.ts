import type { Db } from '../db/connect.ts';
import { revokeGrant } from '../oauth/grants.ts';

export interface ConnectedAppRow {
  id: string;
  client_name: string;
  scopes: string[];
  created_at: Date;
  last_used_at: Date | null;
}

/** The keyset of the list order: most recently connected first. */
export type ConnectedAppSortKey = [connectedAt: string, id: string];

export function connectedAppSortKey(row: ConnectedAppRow): ConnectedAppSortKey {
  return [row.created_at.toISOString(), row.id];
}

/** The user's live grants with their clients' names, most recent first, after `after`. */
export async function listConnectedApps(
  db: Db,
  userId: string,
  options: { after?: ConnectedAppSortKey; limit: number },
): Promise<ConnectedAppRow[]> {
  const query = db('oauth_grants as g')
    .join('oauth_clients as c', 'c.id', 'g.client_id')
    .where('g.user_id', userId)
    .whereNull('g.revoked_at')
    .orderBy([
      { column: 'g.created_at', order: 'desc' },
      { column: 'g.id', order: 'desc' },
    ])
    .limit(options.limit)
    .select('g.id', 'c.name as client_name', 'g.scopes', 'g.created_at', 'g.last_used_at');
  if (options.after) {
    query.whereRaw('(g.created_at, g.id) < (?::timestamptz, ?::uuid)', options.after);
  }
  const rows = await query;
  return rows.map((r) => ({
    ...r,
    created_at: new Date(r.created_at),
    last_used_at: r.last_used_at && new Date(r.last_used_at),
  }));
}

/**
 * Ends one of the user's live grants: its refresh tokens stop at once and its access
 * tokens at once (docs/security.md A17, A19; the pipeline drops the cached grant, and
 * other instances on the notice). False when the user has no such grant.
 */
export async function disconnectApp(
  db: Db,
  userId: string,
  grantId: string,
  now: Date,
): Promise<boolean> {
  const grant = await db('oauth_grants')
    .where({ id: grantId, user_id: userId })
    .whereNull('revoked_at')
    .first('id');
  if (!grant) return false;
  await revokeGrant(db, grant.id, now);
  return true;
}
