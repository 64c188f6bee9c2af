import type { Request, Response } from 'express';
import type { components } from '../../../generated/openapi.ts';
import { currentSession } from '../../auth/session-cookie.ts';
import { lookupTable } from '../../core/lookup-table.ts';
import { SCOPE_WORDS } from '../../oauth/scopes.ts';
import type { Contract } from '../../pipeline/contract-pipeline.ts';
import { csrfField } from '../../web/form-guard.ts';
import { seeOther } from '../../web/forms.ts';
import { html, page } from '../../web/html.ts';
import { expectStatus, operate } from '../../web/operate.ts';
import { sendPage } from '../../web/page-headers.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords.ts';
import { apiKeysSection, shortTime } from './api-keys.ts';
import { connectChatGptSection } from './connect-chatgpt.ts';
import { deleteAccountSection } from './delete-account-section.ts';
import { emailVerificationSection } from './email-verification-section.ts';

type Account = components['schemas']['Account'];
type ApiKeyPage = components['schemas']['ApiKeyPage'];
type ConnectedAppPage = components['schemas']['ConnectedAppPage'];

const PASSWORD_MESSAGES = lookupTable<string>({
  changed: 'Your password was changed. Other sessions were signed out.',
  wrong: 'The current password was not right.',
  invalid: `Choose a password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
});

const KEY_MESSAGES = lookupTable<string>({
  invalid: 'Give the key a name and choose at least one scope.',
  revoked: 'The key was revoked; it stops working within 30 seconds.',
});

/**
 * The signed-in person's dashboard: connect ChatGPT, connected apps, API keys, password,
 * sign out. Its data comes from the account operations, as an API client would get it.
 */
export function showAccount(deps: WebDeps, contract: Contract) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session) return seeOther(res, '/signin?return_to=%2Faccount');
    const run = (path: string, query: Record<string, string> = {}) =>
      operate(contract, deps, res, session, { method: 'GET', path, query });
    const page100 = { limit: '100' };
    const user = expectStatus<Account>(await run('/v1/account'), 200);
    const apps = expectStatus<ConnectedAppPage>(
      await run('/v1/account/connected-apps', page100),
      200,
    ).items;
    const keys = expectStatus<ApiKeyPage>(await run('/v1/account/api-keys', page100), 200).items;
    const token = deps.csrf.token(req, res, session.cookie);
    const csrf = html`${csrfField(token)}`;
    const verification = await emailVerificationSection(
      deps.db,
      session.userId,
      csrf,
      req.query.email,
    );
    sendPage(
      res,
      200,
      page(
        'Your Tend account',
        html`<p>Signed in as ${user.display_name} (${user.email}).</p>
${verification}
${connectChatGptSection(csrf, req.query.chatgpt === 'invalid')}
<p>For a ChatGPT app or a Claude connector, add <code>${deps.publicUrl}/mcp</code>.</p>
<h2>Connected apps</h2>
${
  apps.length === 0
    ? html`<p>No apps are connected.</p>`
    : html`<ul>
${apps.map(
  (
    a,
  ) => html`<li><strong>${a.client_name}</strong>: ${a.scopes.map((s) => SCOPE_WORDS[s] ?? s).join(', ')}.
Connected ${shortTime(a.connected_at)}, last used ${shortTime(a.last_used_at)}.
<form method="post" action="/account/apps/${a.id}/disconnect">${csrf}<button type="submit">Disconnect</button></form></li>
`,
)}</ul>`
}
${apiKeysSection(keys, csrf, KEY_MESSAGES[String(req.query.keys)])}
<h2>Password</h2>
${PASSWORD_MESSAGES[String(req.query.password)] && html`<p role="alert">${PASSWORD_MESSAGES[String(req.query.password)]}</p>`}
<form method="post" action="/account/password">
${csrf}
<p><label>Current password <input type="password" name="current_password" required autocomplete="current-password"></label></p>
<p><label>New password <input type="password" name="new_password" required minlength="${MIN_PASSWORD_LENGTH}" autocomplete="new-password"></label></p>
<p><button type="submit">Change password</button> (signs out everywhere else and ends every app's refresh token)</p>
</form>
<form method="post" action="/signout">
${csrf}
<p><button type="submit">Sign out</button></p>
</form>
${deleteAccountSection(csrf, req.query.delete)}`,
      ),
    );
  };
}
