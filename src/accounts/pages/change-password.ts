import type { Request, Response } from 'express';
import { checkThrottles } from '../../http/throttle.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { setPassword } from '../credentials.ts';
import { currentSession, startSession } from '../current-session.ts';
import { endEverySession } from '../end-every-session.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from '../passwords.ts';
import { THROTTLES } from '../throttles.ts';
import { field, forbidden, seeOther, tooManyAttempts } from './forms.ts';

/**
 * POST /account/password. A new password ends every session (this browser gets a fresh
 * one) and every refresh token, so whoever knew the old one is out (SECURITY.md A17).
 */
export function changePassword(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session || !deps.csrf.verify(req, session.cookie, field(req, 'csrf_token'))) {
      return forbidden(res);
    }
    // SECURITY.md R7: the current password is guessable here too.
    const throttle = await checkThrottles(
      deps.db,
      [[THROTTLES.signInPerAccount, `user:${session.userId}`]],
      deps.now(),
    );
    if (!throttle.allowed) return tooManyAttempts(res, throttle.retryAfterS);
    const user = await deps.db('users').where({ id: session.userId }).first('password_hash');
    if (!(await verifyPassword(user?.password_hash ?? null, field(req, 'current_password')))) {
      return seeOther(res, '/account?password=wrong');
    }
    const next = field(req, 'new_password');
    if (next.length < MIN_PASSWORD_LENGTH || next.length > MAX_PASSWORD_LENGTH) {
      return seeOther(res, '/account?password=invalid');
    }
    await deps.db.transaction(async (trx) => {
      await setPassword(trx, session.userId, next, deps.now());
      await endEverySession(trx, session.userId);
    });
    await startSession(res, deps, session.userId);
    seeOther(res, '/account?password=changed');
  };
}
