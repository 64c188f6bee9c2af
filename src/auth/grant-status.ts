import type { Db } from '../db/connect.ts';

export interface GrantStatus {
  active: boolean;
  userId: string;
  timezone: string;
  clientName: string;
  /** Access tokens issued before this are refused (A17). */
  passwordChangedAt: Date | null;
}

/** What the resource server needs about a grant, in one query. */
export async function grantStatus(db: Db, grantId: string): Promise<GrantStatus | undefined> {
  const row = await db('oauth_grants as g')
    .join('users as u', 'u.id', 'g.user_id')
    .join('oauth_clients as c', 'c.id', 'g.client_id')
    .where('g.id', grantId)
    .first('g.revoked_at', 'g.user_id', 'u.timezone', 'u.password_changed_at', 'c.name');
  if (!row) return undefined;
  return {
    active: row.revoked_at === null,
    userId: row.user_id,
    timezone: row.timezone,
    clientName: row.name,
    passwordChangedAt: row.password_changed_at && new Date(row.password_changed_at),
  };
}
