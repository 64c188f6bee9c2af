import type { Request, Response } from 'express';
import { html, page } from '../../web/html.ts';
import { sendPage } from '../../web/page-headers.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { currentSession } from '../current-session.ts';
import { seeOther } from './forms.ts';

/** The signed-in person's home page. */
export function showAccount(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session) return seeOther(res, '/signin?return_to=%2Faccount');
    const user = await deps
      .db('users')
      .where({ id: session.userId })
      .first('email', 'display_name');
    const token = deps.csrf.token(req, res, session.cookie);
    sendPage(
      res,
      200,
      page(
        'Your Tend account',
        html`<p>Signed in as ${user.display_name} (${user.email}).</p>
<form method="post" action="/signout">
<input type="hidden" name="csrf_token" value="${token}">
<p><button type="submit">Sign out</button></p>
</form>`,
      ),
    );
  };
}
