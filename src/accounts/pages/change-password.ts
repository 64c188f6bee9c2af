import type { Request, Response } from 'express';
import { startSession } from '../../auth/session-cookie.ts';
import { field, seeOther } from '../../web/forms.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { setPassword } from '../credentials.ts';
import { endEverySession } from '../end-every-session.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords.ts';
import { confirmPassword } from './confirm-password.ts';

/**
 * POST /account/password. A new password ends every session (this browser gets a fresh
 * one) and every refresh token, so whoever knew the old one is out (docs/security.md A17).
 */
export function changePassword(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await confirmPassword(
      req,
      res,
      deps,
      'current_password',
      '/account?password=wrong',
    );
    if (!session) return;
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
