import type { Request, Response } from 'express';
import { currentSession, type SignedIn } from '../auth/session-cookie.ts';
import { field, forbidden } from './forms.ts';
import type { WebDeps } from './web-deps.ts';

/**
 * The gate of every form a signed-in browser posts: its session, and the CSRF token the
 * page gave it (docs/security.md A7). Answers 403 itself and returns undefined when either is
 * missing, so nothing is done.
 */
export async function signedInForm(
  req: Request,
  res: Response,
  deps: WebDeps,
): Promise<SignedIn | undefined> {
  const session = await currentSession(req, deps);
  if (session && deps.csrf.verify(req, session.cookie, field(req, 'csrf_token'))) return session;
  forbidden(res);
  return undefined;
}
