import type { Request, Response } from 'express';
import type { Contract } from '../../pipeline/contract-pipeline.ts';
import { seeOther } from '../../web/forms.ts';
import { expectStatus, operate } from '../../web/operate.ts';
import { signedInForm } from '../../web/signed-in-form.ts';
import type { WebDeps } from '../../web/web-deps.ts';

/**
 * POST /account/apps/:grantId/disconnect, through disconnectApp: the grant's refresh
 * tokens and its access tokens stop at once (docs/security.md A17, A19).
 */
export function disconnectAppFromPage(deps: WebDeps, contract: Contract) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    const reply = await operate(contract, deps, res, session, {
      method: 'DELETE',
      path: `/v1/account/connected-apps/${encodeURIComponent(String(req.params.grantId))}`,
    });
    if (reply.status >= 500) expectStatus(reply, 204);
    seeOther(res, '/account/connections#apps');
  };
}
