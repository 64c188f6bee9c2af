import type { Request, Response } from 'express';
import { currentSession, endSessionCookie } from '../../auth/session-cookie.ts';
import { deleteSession } from '../../auth/sessions.ts';
import { guardForm } from '../../web/form-guard.ts';
import { seeOther } from '../../web/forms.ts';
import type { WebDeps } from '../../web/web-deps.ts';

export function signOut(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!guardForm(req, res, deps.csrf, session?.cookie)) return;
    await deleteSession(deps.db, session?.cookie);
    endSessionCookie(res, deps);
    seeOther(res, '/signin');
  };
}
