import type { Request, Response } from 'express';
import type { Db } from '../../db/connect.ts';
import { revokeGrant } from '../../oauth/grants.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { currentSession } from '../current-session.ts';
import { field, forbidden, seeOther } from './forms.ts';

export interface ConnectedApp {
  grantId: string;
  clientName: string;
  scopes: string[];
  connectedAt: Date;
  lastUsedAt: Date | null;
}

export async function listConnectedApps(db: Db, userId: string): Promise<ConnectedApp[]> {
  const rows = await db('oauth_grants as g')
    .join('oauth_clients as c', 'c.id', 'g.client_id')
    .where('g.user_id', userId)
    .whereNull('g.revoked_at')
    .orderBy('g.created_at', 'desc')
    .select('g.id', 'c.name', 'g.scopes', 'g.created_at', 'g.last_used_at');
  return rows.map((r) => ({
    grantId: r.id,
    clientName: r.name,
    scopes: r.scopes,
    connectedAt: new Date(r.created_at),
    lastUsedAt: r.last_used_at && new Date(r.last_used_at),
  }));
}

/**
 * POST /account/apps/:grantId/disconnect: the grant's refresh tokens stop at once and its
 * access tokens within 30 s (SECURITY.md A17, A19).
 */
export function disconnectApp(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session || !deps.csrf.verify(req, session.cookie, field(req, 'csrf_token'))) {
      return forbidden(res);
    }
    const grantId = String(req.params.grantId);
    if (/^[0-9a-f-]{36}$/i.test(grantId)) {
      const grant = await deps
        .db('oauth_grants')
        .where({ id: grantId, user_id: session.userId })
        .first('id');
      if (grant) await revokeGrant(deps.db, grant.id, deps.now());
    }
    seeOther(res, '/account');
  };
}
