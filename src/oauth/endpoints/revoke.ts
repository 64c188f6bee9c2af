import type { Request, Response } from 'express';
import { authenticateClient } from '../checks/client-authentication.ts';
import { servedResources } from '../checks/resource.ts';
import { endGrant } from '../end-grant.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { OAuthError } from '../oauth-error.ts';
import { param } from '../parse-body.ts';
import { findRefreshToken } from '../refresh-tokens.ts';

/**
 * POST /oauth/revoke (RFC 7009). Either kind of token ends its whole grant, so access
 * tokens stop at once here and on other instances by the grant's notice (docs/security.md
 * A19). A client revokes only its own tokens; anything else still answers 200 (RFC 7009 §2.2).
 */
export function revoke(deps: OAuthDeps) {
  return async (req: Request, res: Response) => {
    const client = await authenticateClient(req, deps.db);
    const token = param(req.body, 'token');
    if (!token) throw new OAuthError('invalid_request', 'token is required.');
    const refresh = await findRefreshToken(deps.db, token);
    if (refresh?.clientId === client.id) {
      await endGrant(deps, refresh.grantId);
    } else if (!refresh) {
      const access = await deps.accessTokens.verify(token, servedResources(deps.publicUrl));
      if (access?.clientId === client.id) await endGrant(deps, access.grantId);
    }
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).end();
  };
}
