// The bearer-key check every bench peer shares: hashed and looked up once, then cached,
// the way Tend's steady state costs no database round trip (docs/design.md §7).
import type pg from 'pg';
import { hashSecret } from '../../src/core/secrets.ts';

export interface Owner {
  userId: string;
  timezone: string;
}

export type OwnerLookup = (authorization: string | undefined) => Promise<Owner | undefined>;

export function createOwnerLookup(pool: pg.Pool): OwnerLookup {
  const owners = new Map<string, Owner>();
  return async (authorization) => {
    const token = /^Bearer +(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return undefined;
    const hash = hashSecret(token);
    const cached = owners.get(hash);
    if (cached) return cached;
    const { rows } = await pool.query<{ user_id: string; timezone: string }>(
      `select k.user_id, u.timezone from api_keys k join users u on u.id = k.user_id
       where k.secret_hash = $1 and k.revoked_at is null`,
      [hash],
    );
    const row = rows[0];
    if (!row) return undefined;
    const owner = { userId: row.user_id, timezone: row.timezone };
    owners.set(hash, owner);
    return owner;
  };
}
