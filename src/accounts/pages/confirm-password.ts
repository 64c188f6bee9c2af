import type { Request, Response } from 'express';
import { checkThrottles } from '../../http/throttle.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import type { SignedIn } from '../current-session.ts';
import { verifyPassword } from '../passwords.ts';
import { THROTTLES } from '../throttles.ts';
import { field, seeOther, tooManyAttempts } from './forms.ts';
import { signedInForm } from './signed-in-form.ts';

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
