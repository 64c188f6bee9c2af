import type { Request, Response } from 'express';
import { checkThrottles } from '../../http/throttle.ts';
import { html, page } from '../../web/html.ts';
import { sendPage } from '../../web/page-headers.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { currentSession, endSessionCookie } from '../current-session.ts';
import { verifyPassword } from '../passwords.ts';
import { THROTTLES } from '../throttles.ts';
import { field, forbidden, seeOther, tooManyAttempts } from './forms.ts';

/**
 * POST /account/delete: with the current password, the user row goes and every table
 * holding their data follows by `ON DELETE CASCADE` (tasks, subjects, records, keys,
 * sessions, grants and their tokens, clients they own, mailed links).
 */
export function deleteAccount(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session || !deps.csrf.verify(req, session.cookie, field(req, 'csrf_token'))) {
      return forbidden(res);
    }
    // SECURITY.md R7: the password is guessable here as on the sign-in page.
    const throttle = await checkThrottles(
      deps.db,
      [[THROTTLES.signInPerAccount, `user:${session.userId}`]],
      deps.now(),
    );
    if (!throttle.allowed) return tooManyAttempts(res, throttle.retryAfterS);
    const user = await deps.db('users').where({ id: session.userId }).first('password_hash');
    if (!(await verifyPassword(user?.password_hash ?? null, field(req, 'password')))) {
      return seeOther(res, '/account?delete=wrong#delete-account');
    }
    await deps.db('users').where({ id: session.userId }).delete();
    res.locals.log.info({ user_id: session.userId }, 'account deleted');
    endSessionCookie(res, deps);
    seeOther(res, '/goodbye');
  };
}

/** GET /goodbye: where a deleted account lands. */
export function showGoodbye() {
  return (_req: Request, res: Response) => {
    sendPage(
      res,
      200,
      page(
        'Your account is deleted',
        html`<p>Everything in it is gone: tasks, care records, the people and pets they were about, API keys and connected apps.</p>
<p>Thank you for using Tend. <a href="/signup">Create a new account</a> any time.</p>`,
      ),
    );
  };
}
