import type { Logger } from 'pino';
import { hashSecret } from '../core/secrets.ts';
import type { Db } from '../db/connect.ts';
import type { AccessTokens } from './access-tokens.ts';
import { findActiveApiKey, looksLikeApiKey, touchApiKey } from './api-keys.ts';
import type { CredentialCaches } from './credential-caches.ts';
import { type GrantStatus, grantStatus } from './grant-status.ts';
import type { Principal } from './principal.ts';

/**
 * How long a credential check is kept: in between, checks cost no query. An ended
 * credential is dropped from the caches at once (on other instances within moments, by
 * the database's notice); this bound is what is left when such notices were lost.
 */
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

export interface AuthenticatorDeps {
  db: Db;
  now: () => Date;
  log: Logger;
  /** OAuth access tokens, and the audiences (RFC 8707) this resource server answers to. */
  oauth?: { accessTokens: AccessTokens; audiences: string[] };
  /** Where ending a credential reaches this authenticator's caches. */
  caches?: CredentialCaches;
}

/** A JWS compact serialization: three base64url parts. */
function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token);
}

export function createAuthenticator(deps: AuthenticatorDeps): Authenticator {
  const cache = new Map<string, Cached>();
  const grants = new Map<string, { status: GrantStatus | undefined; expiresAt: number }>();
  // Bumped whenever something is forgotten: a lookup that began before keeps its answer
  // out of the cache, since the database may have ended the credential since it read.
  let forgets = 0;
  deps.caches?.add((userId) => {
    forgets += 1;
    if (userId === undefined) {
      cache.clear();
      grants.clear();
      return;
    }
    for (const [key, hit] of cache) if (hit.principal?.userId === userId) cache.delete(key);
    for (const [id, hit] of grants) if (hit.status?.userId === userId) grants.delete(id);
  });

  /**
   * The token is checked on every request (no query); whether its grant is still live is
   * asked at most once per grant every 30 s, and afresh once the grant or its person's
   * password changed (A19). A token issued before the password last changed is refused.
   */
  async function oauthPrincipal(token: string): Promise<Principal | null> {
    if (!deps.oauth) return null;
    const claims = await deps.oauth.accessTokens.verify(token, deps.oauth.audiences);
    if (!claims) return null;
    const nowMs = deps.now().getTime();
    let hit = grants.get(claims.grantId);
    if (!hit || hit.expiresAt <= nowMs) {
      const began = forgets;
      hit = {
        status: await grantStatus(deps.db, claims.grantId),
        expiresAt: nowMs + CREDENTIAL_CACHE_MS,
      };
      if (grants.size >= CACHE_LIMIT) grants.clear();
      if (began === forgets) grants.set(claims.grantId, hit);
    }
    const status = hit.status;
    if (!status?.active || status.userId !== claims.userId) return null;
    if (status.passwordChangedAt && claims.issuedAt < secondOf(status.passwordChangedAt)) {
      return null;
    }
    return {
      kind: 'oauth',
      userId: claims.userId,
      timezone: status.timezone,
      scopes: new Set(claims.scopes),
      actor: status.clientName,
      credentialId: claims.grantId,
    };
  }

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
      if (looksLikeJwt(token)) return oauthPrincipal(token);
      const key = hashSecret(token);
      const nowMs = deps.now().getTime();
      const hit = cache.get(key);
      if (hit && hit.expiresAt > nowMs) return hit.principal;
      const began = forgets;
      const principal = await lookUp(token);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      if (began === forgets) cache.set(key, { principal, expiresAt: nowMs + CREDENTIAL_CACHE_MS });
      return principal;
    },
  };
}

/**
 * `iat` counts whole seconds: a token of the same second as the change is kept, as it may
 * be the first one issued after it.
 */
function secondOf(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}

/** RFC 6750 §2.1: credentials come only from the Authorization header. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i.exec(header.trim());
  return match?.[1];
}
