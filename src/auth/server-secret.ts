import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connect.ts';

/**
 * The secret that signs access tokens and form tokens. Configured in production; otherwise
 * made once and kept in the database, so restarts and other instances agree on it.
 */
export async function loadServerSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db('server_secrets')
    .insert({ name: 'token_secret', value: randomBytes(48).toString('base64url') })
    .onConflict('name')
    .ignore();
  const row = await db('server_secrets').where({ name: 'token_secret' }).first('value');
  return row.value;
}
