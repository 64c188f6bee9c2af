import type { Request, Response } from 'express';
import { endSessionCookie } from '../../auth/session-cookie.ts';
import { seeOther } from '../../web/forms.ts';
import { html, page } from '../../web/html.ts';
import { sendPage } from '../../web/page-headers.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { confirmPassword } from './confirm-password.ts';

/**
 * POST /account/delete: with the current password, the user row goes and every table
 * holding their data follows by `ON DELETE CASCADE` (tasks, subjects, records, keys,
 * sessions, grants and their tokens, clients they own, mailed links).
 */
export function deleteAccount(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await confirmPassword(
      req,
      res,
      deps,
      'password',
      '/account?delete=wrong#delete-account',
    );
    if (!session) return;
    await deps.db('users').where({ id: session.userId }).delete();
    // Its keys and apps stop here at once, elsewhere on the database's notice.
    deps.credentials.forget(session.userId);
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
