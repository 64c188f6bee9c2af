import type { Request, Response } from 'express';
import type { WebDeps } from '../../web/web-deps.ts';
import { currentSession, endSessionCookie } from '../current-session.ts';
import { deleteSession } from '../sessions.ts';
import { field, forbidden, seeOther } from './forms.ts';

export function signOut(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!deps.csrf.verify(req, session?.cookie, field(req, 'csrf_token'))) return forbidden(res);
    await deleteSession(deps.db, session?.cookie);
    endSessionCookie(res, deps);
    seeOther(res, '/signin');
  };
}
