import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { KEY_CACHE_MS, type SigningKeys } from './signing-keys.ts';

/** Access tokens live an hour; refresh tokens carry the connection beyond that. */
export const ACCESS_TOKEN_TTL_S = 3600;
const ALG = 'HS256';

/**
 * A superseded signing key verifies as long as a token it signed can live: the token's
 * lifetime, plus the time another instance may still sign with it before it hears of the
 * rotation. Nobody is signed out by a rotation; then housekeeping retires the key.
 */
export const KEY_RETIRE_AFTER_MS = ACCESS_TOKEN_TTL_S * 1000 + KEY_CACHE_MS;

/** Any failure to find the key makes the token invalid; jose turns this into a refusal. */
class UnknownKey extends Error {}

export interface AccessTokenClaims {
  userId: string;
  clientId: string;
  grantId: string;
  scopes: string[];
  /** RFC 8707: the resource the token is for, its `aud`. */
  audience: string;
}

/** What a verified token says, with when it was issued (seconds since the epoch). */
export interface VerifiedClaims extends AccessTokenClaims {
  issuedAt: number;
}

export function createAccessTokens(options: {
  keys: SigningKeys;
  issuer: string;
  now: () => Date;
}) {
  const { keys } = options;
  return {
    async sign(claims: AccessTokenClaims): Promise<string> {
      const iat = Math.floor(options.now().getTime() / 1000);
      // The kid names the key, so a rotation leaves earlier tokens verifiable.
      const { kid, key } = await keys.current();
      return new SignJWT({
        client_id: claims.clientId,
        scope: claims.scopes.join(' '),
        gid: claims.grantId,
      })
        .setProtectedHeader({ alg: ALG, typ: 'at+jwt', kid })
        .setIssuer(options.issuer)
        .setSubject(claims.userId)
        .setAudience(claims.audience)
        .setIssuedAt(iat)
        .setExpirationTime(iat + ACCESS_TOKEN_TTL_S)
        .setJti(randomUUID())
        .sign(key);
    },

    /**
     * docs/security.md A22: alg, iss, aud and exp pinned, and the key the kid names must be
     * known and not retired; anything else is no token at all.
     */
    async verify(token: string, audiences: string[]): Promise<VerifiedClaims | null> {
      // A database that cannot be asked for the key is an outage (503), not a bad token.
      let lookupFailed: { error: unknown } | undefined;
      try {
        const keyOf = async (header: { kid?: string | undefined }) => {
          const key = await keys.verifying(header.kid).catch((error: unknown) => {
            lookupFailed = { error };
            throw error;
          });
          if (!key) throw new UnknownKey();
          return key;
        };
        const { payload } = await jwtVerify(token, keyOf, {
          algorithms: [ALG],
          issuer: options.issuer,
          audience: audiences,
          typ: 'at+jwt',
          requiredClaims: ['exp', 'iat', 'sub', 'aud', 'iss'],
          currentDate: options.now(),
          clockTolerance: 0,
        });
        const { sub, client_id, gid, scope, aud, iat } = payload;
        if (typeof sub !== 'string' || typeof client_id !== 'string' || typeof gid !== 'string')
          return null;
        return {
          userId: sub,
          clientId: client_id,
          grantId: gid,
          scopes: typeof scope === 'string' ? scope.split(' ').filter(Boolean) : [],
          audience: Array.isArray(aud) ? (aud[0] ?? '') : (aud ?? ''),
          issuedAt: iat ?? 0,
        };
      } catch {
        if (lookupFailed) throw lookupFailed.error;
        return null;
      }
    },
  };
}

export type AccessTokens = ReturnType<typeof createAccessTokens>;
