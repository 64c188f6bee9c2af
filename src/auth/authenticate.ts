import type { Logger } from 'pino';
import type { Db } from '../db/connect.ts';
import { findActiveApiKey, hashSecret, looksLikeApiKey, touchApiKey } from './api-keys.ts';
import type { Principal } from './principal.ts';

/** Revocation becomes visible within this time; in between, checks cost no query. */
export const CREDENTIAL_CACHE_MS = 30_000;
const CACHE_LIMIT = 10_000;

export interface Authenticator {
  /** The caller behind a bearer token, or null if the token is unknown or revoked. */
  authenticate(token: string): Promise<Principal | null>;
}

interface Cached {
  principal: Principal | null;
  expiresAt: number;
}

export function createAuthenticator(deps: { db: Db; now: () => Date; log: Logger }): Authenticator {
  const cache = new Map<string, Cached>();

  async function lookUp(token: string): Promise<Principal | null> {
    if (!looksLikeApiKey(token)) return null;
    const owner = await findActiveApiKey(deps.db, token);
    if (!owner) return null;
    // last_used_at is written at most once per cache period, off the request's path.
    touchApiKey(deps.db, owner.keyId, deps.now()).catch((error: unknown) =>
      deps.log.warn({ err: error }, 'could not record API key use'),
    );
    return {
      kind: 'api_key',
      userId: owner.userId,
      timezone: owner.timezone,
      scopes: new Set(owner.scopes),
      actor: `api_key:${owner.prefix}`,
      credentialId: owner.keyId,
    };
  }

  return {
    async authenticate(token) {
      const key = hashSecret(token);
      const nowMs = deps.now().getTime();
      const hit = cache.get(key);
      if (hit && hit.expiresAt > nowMs) return hit.principal;
      const principal = await lookUp(token);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, { principal, expiresAt: nowMs + CREDENTIAL_CACHE_MS });
      return principal;
    },
  };
}

/** RFC 6750 §2.1: credentials come only from the Authorization header. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i.exec(header.trim());
  return match?.[1];
}
