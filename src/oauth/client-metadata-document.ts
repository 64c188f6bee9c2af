import { type SafeFetchOptions, safeFetchJson } from '../core/safe-fetch.ts';
import type { Db } from '../db/connect.ts';
import {
  checkRegistrableRedirectUris,
  RedirectUriRefused,
} from './checks/registrable-redirect-uri.ts';
import { type Client, findClient } from './clients.ts';
import { ASSISTANT_SCOPES } from './scopes.ts';

/** A fetched document is trusted for an hour, then fetched again. */
const CACHE_MS = 60 * 60 * 1000;

export function isClientMetadataUrl(clientId: string | undefined): clientId is string {
  return /^https?:\/\//.test(clientId ?? '');
}

export class ClientMetadataError extends Error {}

function passesRedirectRule(uris: unknown): boolean {
  try {
    checkRegistrableRedirectUris(uris);
    return true;
  } catch {
    return false;
  }
}

/**
 * Client ID Metadata Documents (draft-ietf-oauth-client-id-metadata-document): the
 * client_id is an https URL whose JSON names the client and its redirect URIs. Such a
 * client is public (no secret), so PKCE is required of it like any public client.
 */
export async function resolveClient(
  deps: { db: Db; now: () => Date; fetchOptions: SafeFetchOptions },
  clientId: string | undefined,
): Promise<Client | undefined> {
  if (!isClientMetadataUrl(clientId)) return findClient(deps.db, clientId);
  const cached = await deps
    .db('oauth_clients')
    .where({ id: clientId })
    .first('metadata_fetched_at');
  if (
    cached?.metadata_fetched_at &&
    deps.now().getTime() - new Date(cached.metadata_fetched_at).getTime() < CACHE_MS
  ) {
    const client = await findClient(deps.db, clientId);
    // A row cached before the redirect rule applied to documents is fetched and judged again.
    if (client && passesRedirectRule(client.redirectUris)) return client;
  }
  let doc: Record<string, unknown>;
  try {
    doc = (await safeFetchJson(clientId, deps.fetchOptions)) as Record<string, unknown>;
  } catch (error) {
    throw new ClientMetadataError(
      `Tend could not load this app’s description (${(error as Error).message}).`,
    );
  }
  if (doc?.client_id !== clientId) {
    throw new ClientMetadataError(
      'This app’s description is not a valid client metadata document.',
    );
  }
  let uris: string[];
  try {
    // The same rule as /oauth/register: a document is no way around it.
    uris = checkRegistrableRedirectUris(doc.redirect_uris);
  } catch (error) {
    if (!(error instanceof RedirectUriRefused)) throw error;
    throw new ClientMetadataError(
      `This app’s description is not a valid client metadata document: ${error.message}`,
    );
  }
  const auth = doc.token_endpoint_auth_method ?? 'none';
  if (auth !== 'none') {
    throw new ClientMetadataError(
      'Tend accepts metadata-document clients with token_endpoint_auth_method none only.',
    );
  }
  const name =
    typeof doc.client_name === 'string' && doc.client_name.trim()
      ? doc.client_name.trim().slice(0, 100)
      : new URL(clientId).host;
  const row = {
    id: clientId,
    name,
    secret_hash: null,
    redirect_uris: uris,
    scopes: ASSISTANT_SCOPES,
    kind: 'metadata_document',
    created_at: deps.now(),
    metadata_fetched_at: deps.now(),
  };
  await deps
    .db('oauth_clients')
    .insert(row)
    .onConflict('id')
    .merge(['name', 'redirect_uris', 'metadata_fetched_at']);
  return findClient(deps.db, clientId);
}
