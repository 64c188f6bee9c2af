import type { Request, Response } from 'express';
import { currentSession, endSessionCookie } from '../../auth/session-cookie.ts';
import { deleteSession } from '../../auth/sessions.ts';
import { field, forbidden, seeOther } from '../../web/forms.ts';
import type { WebDeps } from '../../web/web-deps.ts';

export function signOut(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!deps.csrf.verify(req, session?.cookie, field(req, 'csrf_token'))) return forbidden(res);
    await deleteSession(deps.db, session?.cookie);
    endSessionCookie(res, deps);
    seeOther(res, '/signin');
  };
}
