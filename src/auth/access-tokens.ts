import { createSecretKey, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/** Access tokens live an hour; refresh tokens carry the connection beyond that. */
export const ACCESS_TOKEN_TTL_S = 3600;
const ALG = 'HS256';

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

export function createAccessTokens(options: { secret: string; issuer: string; now: () => Date }) {
  // Imported once: about twice as fast to verify as raw bytes (docs/stack.md).
  const key = createSecretKey(Buffer.from(options.secret, 'utf8'));
  return {
    async sign(claims: AccessTokenClaims): Promise<string> {
      const iat = Math.floor(options.now().getTime() / 1000);
      return new SignJWT({
        client_id: claims.clientId,
        scope: claims.scopes.join(' '),
        gid: claims.grantId,
      })
        .setProtectedHeader({ alg: ALG, typ: 'at+jwt' })
        .setIssuer(options.issuer)
        .setSubject(claims.userId)
        .setAudience(claims.audience)
        .setIssuedAt(iat)
        .setExpirationTime(iat + ACCESS_TOKEN_TTL_S)
        .setJti(randomUUID())
        .sign(key);
    },

    /** docs/security.md A22: alg, iss, aud and exp pinned; anything else is no token at all. */
    async verify(token: string, audiences: string[]): Promise<VerifiedClaims | null> {
      try {
        const { payload } = await jwtVerify(token, key, {
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
        return null;
      }
    },
  };
}

export type AccessTokens = ReturnType<typeof createAccessTokens>;
