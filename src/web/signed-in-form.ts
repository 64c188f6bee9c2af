import type { Request, Response } from 'express';
import type { Csrf } from '../auth/csrf.ts';
import type { SessionCookieDeps } from '../auth/session-cookie.ts';
import { currentSession, type SignedIn } from '../auth/session-cookie.ts';
import { guardForm } from './form-guard.ts';
import { forbidden } from './forms.ts';

/**
 * The gate of every form a signed-in browser posts: its session, and the CSRF token the
 * page gave it (docs/security.md A7). Answers 403 itself and returns undefined when either is
 * missing, so nothing is done.
 */
export async function signedInForm(
  req: Request,
  res: Response,
  deps: SessionCookieDeps & { csrf: Csrf },
): Promise<SignedIn | undefined> {
  const session = await currentSession(req, deps);
  if (!session) {
    forbidden(res);
    return undefined;
  }
  return guardForm(req, res, deps.csrf, session.cookie) ? session : undefined;
}
