import type { Request, Response } from 'express';
import type { components } from '../../../generated/openapi.ts';
import { currentSession } from '../../auth/session-cookie.ts';
import type { Contract } from '../../pipeline/contract-pipeline.ts';
import { csrfField } from '../../web/form-guard.ts';
import { seeOther } from '../../web/forms.ts';
import { html } from '../../web/html.ts';
import { expectStatus, operate } from '../../web/operate.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { sendAccountPage } from './account-frame.ts';
import { deleteAccountSection } from './delete-account-section.ts';
import { emailVerificationSection } from './email-verification-section.ts';

type Account = components['schemas']['Account'];

/**
 * GET /account: who is signed in, whether their address is confirmed, and the way to
 * each account page; signing out and deleting the account stay here.
 */
export function showAccount(deps: WebDeps, contract: Contract) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session) return seeOther(res, '/signin?return_to=%2Faccount');
    const user = expectStatus<Account>(
      await operate(contract, deps, res, session, { method: 'GET', path: '/v1/account' }),
      200,
    );
    const csrf = csrfField(deps.csrf.token(req, res, session.cookie));
    const verification = await emailVerificationSection(
      deps.db,
      session.userId,
      csrf,
      req.query.email,
    );
    sendAccountPage(res, {
      title: 'Your account',
      current: '/account',
      body: html`<p>Signed in as <strong>${user.display_name}</strong> (${user.email}).
Dates are shown in the time zone <strong>${user.timezone.replace(/_/g, ' ')}</strong>.</p>
${verification}
<ul class="account-links">
<li><a href="/account/connections">Connections</a>: ChatGPT, connected apps, API keys and your calendar feed.</li>
<li><a href="/account/security">Security</a>: recent sign-ins and changes, and signing out everywhere.</li>
<li><a href="/account/password">Password</a>: change your password.</li>
<li><a href="/account/data">Your data</a>: download or bring in your tasks and records.</li>
</ul>
<form method="post" action="/signout">
${csrf}
<p><button type="submit">Sign out</button></p>
</form>
${deleteAccountSection(csrf, req.query.delete)}`,
    });
  };
}
