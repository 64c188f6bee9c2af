import { randomBytes } from 'node:crypto';
import { hashSecret, randomToken } from '../core/secrets.ts';
import type { Db } from '../db/connect.ts';

export type ClientKind =
  | 'standard'
  | 'chatgpt_action'
  | 'registered'
  | 'metadata_document'
  // A chat widget's public client (src/oauth/widget/): PKCE, Tend's own redirect page.
  | 'widget';

export interface Client {
  id: string;
  name: string;
  /** Null for a public client (no secret; PKCE required). */
  secretHash: string | null;
  redirectUris: string[];
  scopes: string[];
  kind: ClientKind;
  ownerId: string | null;
}

export function isPublic(client: Client): boolean {
  return client.secretHash === null;
}

export async function findClient(db: Db, id: string | undefined): Promise<Client | undefined> {
  if (!id || id.length > 300) return undefined;
  const row = await db('oauth_clients').where({ id }).first();
  if (!row) return undefined;
  return {
    id: row.id,
    name: row.name,
    secretHash: row.secret_hash,
    redirectUris: row.redirect_uris,
    scopes: row.scopes,
    kind: row.kind,
    ownerId: row.owner_id,
  };
}

export interface NewClient {
  name: string;
  redirectUris: string[];
  scopes: string[];
  isPublic: boolean;
  kind?: ClientKind;
  ownerId?: string;
}

/** The secret is returned once; only its SHA-256 is kept (docs/security.md A20). */
export async function createClient(
  db: Db,
  input: NewClient,
  now: Date,
): Promise<{ clientId: string; clientSecret?: string }> {
  const clientId = `tc_${randomBytes(16).toString('base64url')}`;
  const clientSecret = input.isPublic ? undefined : `tcs_${randomToken()}`;
  await db('oauth_clients').insert({
    id: clientId,
    name: input.name,
    secret_hash: clientSecret ? hashSecret(clientSecret) : null,
    redirect_uris: input.redirectUris,
    scopes: input.scopes,
    kind: input.kind ?? 'standard',
    owner_id: input.ownerId ?? null,
    created_at: now,
  });
  return clientSecret ? { clientId, clientSecret } : { clientId };
}
