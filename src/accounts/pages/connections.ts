import type { Request, Response } from 'express';
import type { components } from '../../../generated/openapi.ts';
import { currentSession } from '../../auth/session-cookie.ts';
import { lookupTable } from '../../core/lookup-table.ts';
import { listOwnedClients } from '../../oauth/chatgpt-clients.ts';
import { SCOPE_WORDS } from '../../oauth/scopes.ts';
import type { Contract } from '../../pipeline/contract-pipeline.ts';
import { csrfField } from '../../web/form-guard.ts';
import { seeOther } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { expectStatus, operate } from '../../web/operate.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { sendAccountPage } from './account-frame.ts';
import { apiKeysSection, shortTime } from './api-keys.ts';
import { calendarSection } from './calendar-feed.ts';
import { chatGptSection } from './connect-chatgpt.ts';

type Account = components['schemas']['Account'];
type ApiKeyPage = components['schemas']['ApiKeyPage'];
type ConnectedApp = components['schemas']['ConnectedApp'];
type ConnectedAppPage = components['schemas']['ConnectedAppPage'];

const KEY_MESSAGES = lookupTable<string>({
  invalid: 'Give the key a name and choose at least one scope.',
  revoked: 'The key was revoked; it stops working at once.',
});

function connectedAppsSection(apps: ConnectedApp[], csrf: Html): Html {
  return html`<h2 id="apps">Connected apps</h2>
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
}`;
}

/**
 * GET /account/connections: everything that reaches the person's Tend from elsewhere —
 * ChatGPT, connected apps, API keys, the calendar feed. Lists come from the account
 * operations, as an API client would get them.
 */
export function showConnections(deps: WebDeps, contract: Contract) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session) return seeOther(res, '/signin?return_to=%2Faccount%2Fconnections');
    const run = (path: string, query: Record<string, string> = {}) =>
      operate(contract, deps, res, session, { method: 'GET', path, query });
    const page100 = { limit: '100' };
    const user = expectStatus<Account>(await run('/v1/account'), 200);
    const apps = expectStatus<ConnectedAppPage>(
      await run('/v1/account/connected-apps', page100),
      200,
    ).items;
    const keys = expectStatus<ApiKeyPage>(await run('/v1/account/api-keys', page100), 200).items;
    const clients = await listOwnedClients(deps.db, session.userId);
    const csrf = csrfField(deps.csrf.token(req, res, session.cookie));
    const calendar = await calendarSection(deps, req, res, session.userId, user.timezone, csrf);
    sendAccountPage(res, {
      title: 'Connections',
      current: '/account/connections',
      body: html`${chatGptSection(clients, csrf, req.query.chatgpt)}
<p>For a ChatGPT app or a Claude connector, add <code>${deps.publicUrl}/mcp</code>.</p>
${connectedAppsSection(apps, csrf)}
${apiKeysSection(keys, csrf, KEY_MESSAGES[String(req.query.keys)])}
${calendar}`,
    });
  };
}
