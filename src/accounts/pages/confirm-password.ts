import type { Request, Response } from 'express';
import type { SignedIn } from '../../auth/session-cookie.ts';
import { checkThrottles } from '../../http/throttle.ts';
import { field, seeOther, tooManyAttempts } from '../../web/forms.ts';
import { signedInForm } from '../../web/signed-in-form.ts';
import { THROTTLES } from '../../web/throttles.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { verifyPassword } from '../passwords.ts';

/**
 * The gate of a form that asks for the current password (changing it, deleting the
 * account): a signed-in browser, its CSRF token, and the password, throttled like the
 * sign-in page because it is as guessable there (docs/security.md R7). Answers the browser
 * itself and returns undefined when the gate stays shut; `wrong` is where a wrong
 * password is sent back to.
 */
export async function confirmPassword(
  req: Request,
  res: Response,
  deps: WebDeps,
  passwordField: string,
  wrong: string,
): Promise<SignedIn | undefined> {
  const session = await signedInForm(req, res, deps);
  if (!session) return undefined;
  const throttle = await checkThrottles(
    deps.db,
    [[THROTTLES.signInPerAccount, `user:${session.userId}`]],
    deps.now(),
  );
  if (!throttle.allowed) {
    tooManyAttempts(res, throttle.retryAfterS);
    return undefined;
  }
  const user = await deps.db('users').where({ id: session.userId }).first('password_hash');
  if (!(await verifyPassword(user?.password_hash ?? null, field(req, passwordField)))) {
    seeOther(res, wrong);
    return undefined;
  }
  return session;
}
