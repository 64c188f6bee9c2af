import { randomBytes } from 'node:crypto';
import { hashSecret } from '../core/secrets.ts';
import type { Db } from '../db/connect.ts';
import { newestFirst } from '../paging/newest-first.ts';
import type { Scope } from './principal.ts';

const KEY_PREFIX = 'tend_';
/** How much of a key stays visible (in lists and logs) to tell keys apart. */
const VISIBLE_LENGTH = KEY_PREFIX.length + 8;

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(KEY_PREFIX);
}

export interface CreatedApiKey {
  id: string;
  key: string;
  prefix: string;
  name: string;
  scopes: Scope[];
  created_at: Date;
}

/** Creates a key; the secret is returned once and only its SHA-256 is stored. */
export async function createApiKey(
  db: Db,
  input: { userId: string; name: string; scopes: Scope[]; now: Date },
): Promise<CreatedApiKey> {
  const key = KEY_PREFIX + randomBytes(32).toString('base64url');
  const prefix = key.slice(0, VISIBLE_LENGTH);
  const [row] = await db('api_keys')
    .insert({
      user_id: input.userId,
      name: input.name,
      prefix,
      secret_hash: hashSecret(key),
      scopes: input.scopes,
      created_at: input.now,
    })
    .returning(['id', 'created_at']);
  return {
    id: row.id,
    key,
    prefix,
    name: input.name,
    scopes: input.scopes,
    created_at: row.created_at,
  };
}

export interface ApiKeyOwner {
  keyId: string;
  prefix: string;
  scopes: string[];
  userId: string;
  timezone: string;
  lastUsedAt: Date | null;
}

export async function findActiveApiKey(db: Db, key: string): Promise<ApiKeyOwner | undefined> {
  const row = await db('api_keys as k')
    .join('users as u', 'u.id', 'k.user_id')
    .where('k.secret_hash', hashSecret(key))
    .whereNull('k.revoked_at')
    .first('k.id', 'k.prefix', 'k.scopes', 'k.user_id', 'k.last_used_at', 'u.timezone');
  if (!row) return undefined;
  return {
    keyId: row.id,
    prefix: row.prefix,
    scopes: row.scopes,
    userId: row.user_id,
    timezone: row.timezone,
    lastUsedAt: row.last_used_at,
  };
}

export async function touchApiKey(db: Db, keyId: string, now: Date): Promise<void> {
  await db('api_keys').where({ id: keyId }).update({ last_used_at: now });
}

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  created_at: Date;
  last_used_at: Date | null;
}

/** The keyset of the list order: newest first. */
export type ApiKeySortKey = [createdAt: string, id: string];

export function apiKeySortKey(row: ApiKeyRow): ApiKeySortKey {
  return [row.created_at.toISOString(), row.id];
}

/** A user's live keys, newest first, after `after`; never the hash. */
export async function listApiKeys(
  db: Db,
  userId: string,
  options: { after?: ApiKeySortKey; limit: number },
): Promise<ApiKeyRow[]> {
  const query = newestFirst(
    db('api_keys')
      .where({ user_id: userId })
      .whereNull('revoked_at')
      .select('id', 'name', 'prefix', 'scopes', 'created_at', 'last_used_at'),
    options,
  );
  const rows = await query;
  return rows.map((r) => ({
    ...r,
    created_at: new Date(r.created_at),
    last_used_at: r.last_used_at && new Date(r.last_used_at),
  }));
}

/** Revokes one of the user's live keys; false when there is none with this id. */
export async function revokeApiKey(
  db: Db,
  userId: string,
  keyId: string,
  now: Date,
): Promise<boolean> {
  const count = await db('api_keys')
    .where({ id: keyId, user_id: userId })
    .whereNull('revoked_at')
    .update({ revoked_at: now });
  return count > 0;
}
