import { createHmac, randomBytes } from 'node:crypto';
import { hashSecret } from '../core/secrets.ts';
import type { Db } from '../db/connect.ts';
import { CHATGPT_CALLBACK } from './checks/redirect-uri.ts';
import { ASSISTANT_SCOPES } from './scopes.ts';

/**
 * Every Action operation needs one of these: with fewer, a GPT set up as the dashboard
 * says would meet 403 on every person, pet and care-record operation.
 */
export const CHATGPT_DEFAULT_SCOPES: readonly string[] = ASSISTANT_SCOPES;

function deriveSecret(serverSecret: string, clientId: string, nonce: string): string {
  return `tcs_${createHmac('sha256', serverSecret).update(`client-secret|${clientId}|${nonce}`).digest('base64url')}`;
}

/**
 * "Connect ChatGPT": a confidential client for one person's Custom GPT Action. Only the
 * secret's hash is kept; a one-time nonce lets the owner's page show it once (after the
 * POST's 303) and is cleared then, so the secret can never be derived again. `scopes` are
 * the assistant scopes the person left ticked (validated by the caller).
 */
export async function createChatGptClient(
  db: Db,
  serverSecret: string,
  ownerId: string,
  now: Date,
  scopes: readonly string[] = CHATGPT_DEFAULT_SCOPES,
): Promise<string> {
  const clientId = `tc_${randomBytes(16).toString('base64url')}`;
  const nonce = randomBytes(16).toString('base64url');
  await db('oauth_clients').insert({
    id: clientId,
    name: 'ChatGPT',
    secret_hash: hashSecret(deriveSecret(serverSecret, clientId, nonce)),
    redirect_uris: [],
    scopes: [...scopes],
    kind: 'chatgpt_action',
    owner_id: ownerId,
    reveal_nonce: nonce,
    created_at: now,
  });
  return clientId;
}

export interface OwnedClient {
  id: string;
  redirectUris: string[];
  scopes: string[];
  createdAt: Date;
}

function ownedClientOf(row: {
  id: string;
  redirect_uris: string[];
  scopes: string[];
  created_at: Date | string;
}): OwnedClient {
  return {
    id: row.id,
    redirectUris: row.redirect_uris,
    scopes: row.scopes,
    createdAt: new Date(row.created_at),
  };
}

/** The person's ChatGPT Action clients, oldest first: usually one. */
export async function listOwnedClients(db: Db, ownerId: string): Promise<OwnedClient[]> {
  const rows = await db('oauth_clients')
    .where({ owner_id: ownerId, kind: 'chatgpt_action' })
    .orderBy([{ column: 'created_at' }, { column: 'id' }])
    .select('id', 'redirect_uris', 'scopes', 'created_at');
  return rows.map(ownedClientOf);
}

export async function findOwnedClient(
  db: Db,
  ownerId: string,
  clientId: string,
): Promise<OwnedClient | undefined> {
  const row = await db('oauth_clients')
    .where({ id: clientId, owner_id: ownerId, kind: 'chatgpt_action' })
    .first('id', 'redirect_uris', 'scopes', 'created_at');
  return row && ownedClientOf(row);
}

/** The secret, the first time only: the nonce is taken with one atomic UPDATE. */
export async function revealSecretOnce(
  db: Db,
  serverSecret: string,
  ownerId: string,
  clientId: string,
): Promise<string | undefined> {
  const rows = await db.raw(
    `with old as (
       select id, reveal_nonce from oauth_clients
       where id = ? and owner_id = ? and reveal_nonce is not null for update)
     update oauth_clients c set reveal_nonce = null from old
     where c.id = old.id returning old.reveal_nonce as nonce`,
    [clientId, ownerId],
  );
  const nonce = rows.rows[0]?.nonce as string | undefined;
  return nonce ? deriveSecret(serverSecret, clientId, nonce) : undefined;
}

/** Once the editor shows the GPT's callback URL, only that exact URL is accepted (A1). */
export async function pinCallback(
  db: Db,
  ownerId: string,
  clientId: string,
  callback: string,
): Promise<boolean> {
  if (!CHATGPT_CALLBACK.test(callback)) return false;
  const updated = await db('oauth_clients')
    .where({ id: clientId, owner_id: ownerId, kind: 'chatgpt_action' })
    .update({ redirect_uris: [callback] });
  return updated === 1;
}

/**
 * A new client secret for the same client, shown once as the first was: the old secret
 * stops working for the token endpoint at once. Grants and tokens already issued stay, so
 * the GPT keeps working once the new secret is pasted.
 */
export async function renewClientSecret(
  db: Db,
  serverSecret: string,
  ownerId: string,
  clientId: string,
): Promise<boolean> {
  const nonce = randomBytes(16).toString('base64url');
  const updated = await db('oauth_clients')
    .where({ id: clientId, owner_id: ownerId, kind: 'chatgpt_action' })
    .update({
      secret_hash: hashSecret(deriveSecret(serverSecret, clientId, nonce)),
      reveal_nonce: nonce,
    });
  return updated === 1;
}

/**
 * Removes the client: its grants, their refresh tokens and codes go with it by cascade,
 * and its access tokens fail at the next check, at once where the grants' notices arrive
 * (docs/security.md A19).
 */
export async function deleteOwnedClient(
  db: Db,
  ownerId: string,
  clientId: string,
): Promise<boolean> {
  // RETURNING counts alike on pg and PGlite, whose drivers report a DELETE differently.
  const deleted = await db('oauth_clients')
    .where({ id: clientId, owner_id: ownerId, kind: 'chatgpt_action' })
    .delete()
    .returning('id');
  return deleted.length === 1;
}
