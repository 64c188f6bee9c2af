import { cookieFromHeader } from '../core/cookies.ts';
import type { Db } from '../db/connect.ts';
import type { Csrf } from './csrf.ts';
import { ALL_SCOPES, type Principal } from './principal.ts';
import { SESSION_COOKIE } from './session-cookie.ts';
import { findSession } from './sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A dashboard session acts as its person with the `account` scope and nothing more (R6). */
export async function webPrincipal(
  db: Db,
  session: { userId: string; idHash: string },
): Promise<Principal> {
  const user = await db('users').where({ id: session.userId }).first('timezone');
  return {
    kind: 'web',
    userId: session.userId,
    timezone: user?.timezone ?? 'UTC',
    scopes: new Set(['account']),
    actor: 'web',
    credentialId: session.idHash,
  };
}

/**
 * Tend's own pages act for their person with every scope (docs/security.md R13): they run
 * only server-side, behind the session and the CSRF guard of every form (A7). The cookie
 * as an API credential keeps the `account` scope alone (R6).
 */
export async function pagePrincipal(
  db: Db,
  session: { userId: string; idHash: string },
): Promise<Principal> {
  return { ...(await webPrincipal(db, session)), scopes: new Set(ALL_SCOPES) };
}

export type SessionCheck =
  | { outcome: 'none' }
  | { outcome: 'csrf_refused' }
  | { outcome: 'ok'; principal: Principal };

export interface SessionCheckDeps {
  db: Db;
  now: () => Date;
  csrf: Csrf;
  publicUrl: string;
}

/**
 * The session cookie as a credential for account operations. A cookie is sent by the
 * browser on its own, so a write must also prove it comes from Tend's own page: the
 * session's CSRF token in `X-CSRF-Token` (RFC 6749 §10.12, docs/security.md A7) and no
 * cross-site `Origin` (OWASP CSRF Prevention Cheat Sheet).
 */
export function createSessionCheck(deps: SessionCheckDeps) {
  const ownOrigin = new URL(deps.publicUrl).origin;
  return async (
    method: string,
    headers: Record<string, string | string[] | undefined>,
  ): Promise<SessionCheck> => {
    const cookies = header(headers.cookie);
    const cookie = cookieFromHeader(cookies, SESSION_COOKIE);
    if (!cookie) return { outcome: 'none' };
    const session = await findSession(deps.db, cookie, deps.now());
    if (!session) return { outcome: 'none' };
    if (!SAFE_METHODS.has(method.toUpperCase())) {
      const origin = header(headers.origin);
      if (origin !== undefined && origin !== ownOrigin) return { outcome: 'csrf_refused' };
      const sent = header(headers['x-csrf-token']);
      if (!deps.csrf.verifyCookieHeader(cookies, cookie, sent)) return { outcome: 'csrf_refused' };
    }
    return { outcome: 'ok', principal: await webPrincipal(deps.db, session) };
  };
}

export type SessionChecker = ReturnType<typeof createSessionCheck>;

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
