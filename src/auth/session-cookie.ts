import type { Request, Response } from 'express';
import { readCookie, setCookie } from '../core/cookies.ts';
import type { Db } from '../db/connect.ts';
import { createSession, findSession, SESSION_ABSOLUTE_MS, type Session } from './sessions.ts';

export const SESSION_COOKIE = 'tend_session';

/** What reading and setting the session cookie needs. */
export interface SessionCookieDeps {
  db: Db;
  now: () => Date;
  /** Cookies carry Secure when Tend is served over https. */
  secureCookies: boolean;
}

export interface SignedIn extends Session {
  /** The cookie value, which CSRF tokens are bound to. */
  cookie: string;
}

export async function currentSession(
  req: Request,
  deps: SessionCookieDeps,
): Promise<SignedIn | undefined> {
  const cookie = readCookie(req, SESSION_COOKIE);
  const session = await findSession(deps.db, cookie, deps.now());
  return session && cookie ? { ...session, cookie } : undefined;
}

/** A new session id on every sign-in, so a planted cookie is never promoted. */
export async function startSession(
  res: Response,
  deps: SessionCookieDeps,
  userId: string,
): Promise<void> {
  const id = await createSession(deps.db, userId, deps.now());
  setCookie(res, SESSION_COOKIE, id, {
    secure: deps.secureCookies,
    maxAgeS: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function endSessionCookie(res: Response, deps: SessionCookieDeps): void {
  setCookie(res, SESSION_COOKIE, '', { secure: deps.secureCookies, maxAgeS: 0 });
}

/** Only same-site paths, so `return_to` cannot send anyone elsewhere. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/account';
}
