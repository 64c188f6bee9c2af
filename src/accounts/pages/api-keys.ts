import type { Request, Response } from 'express';
import type { components } from '../../../generated/openapi.ts';
import { ALL_SCOPES } from '../../auth/principal.ts';
import { currentSession } from '../../auth/session-cookie.ts';
import { readCookie, setCookie } from '../../core/cookies.ts';
import { ASSISTANT_SCOPES, SCOPE_WORDS } from '../../oauth/scopes.ts';
import type { Contract } from '../../pipeline/contract-pipeline.ts';
import { field, seeOther } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { expectStatus, operate } from '../../web/operate.ts';
import { signedInForm } from '../../web/signed-in-form.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { sendAccountPage } from './account-frame.ts';

type ApiKey = components['schemas']['ApiKey'];
type CreatedApiKey = components['schemas']['CreatedApiKey'];

/** Carries a new key from the POST to the one page that shows it; never stored by Tend. */
const NEW_KEY_COOKIE = 'tend_new_key';
const NEW_KEY_PATH = '/account/api-keys/new';

/** `2026-11-22T09:12:03.120+01:00` → `2026-11-22 09:12`, in the person's own time. */
export const shortTime = (at: string | null) => (at ? at.slice(0, 16).replace('T', ' ') : 'never');

/**
 * The dashboard's API keys section: the list with Revoke, and the form to make one. The
 * assistant scopes start ticked, so a key pasted into a GPT or an MCP client reaches every
 * assistant operation; `account` has to be chosen on purpose.
 */
export function apiKeysSection(keys: ApiKey[], csrf: Html, message: string | undefined): Html {
  return html`<h2 id="api-keys">API keys</h2>
<p>For your own scripts, and for a Custom GPT set to <strong>API Key, Bearer</strong>. Send a key as <code>Authorization: Bearer tend_…</code>.</p>
${message && html`<p role="alert">${message}</p>`}
${
  keys.length === 0
    ? html`<p>No API keys.</p>`
    : html`<table>
<tr><th>Name</th><th>Key</th><th>Scopes</th><th>Created</th><th>Last used</th><th></th></tr>
${keys.map(
  (
    k,
  ) => html`<tr><td>${k.name}</td><td><code>${k.prefix}…</code></td><td>${k.scopes.join(' ')}</td><td>${shortTime(k.created_at)}</td><td>${shortTime(k.last_used_at)}</td>
<td><form method="post" action="/account/api-keys/${k.id}/revoke">${csrf}<button type="submit">Revoke</button></form></td></tr>
`,
)}</table>`
}
<form method="post" action="/account/api-keys">
${csrf}
<p><label>Name <input name="name" required maxlength="100" placeholder="Shortcuts on my phone"></label></p>
<fieldset><legend>Scopes</legend>
${ALL_SCOPES.map(
  (s) =>
    html`<label><input type="checkbox" name="scopes" value="${s}"${ASSISTANT_SCOPES.includes(s) ? html` checked` : ''}> <code>${s}</code>: ${SCOPE_WORDS[s] ?? s}</label><br>
`,
)}</fieldset>
<p><button type="submit">Create key</button> (shown once)</p>
</form>`;
}

/** POST /account/api-keys: makes the key through createApiKey, then 303 to show it once. */
export function createApiKeyFromPage(deps: WebDeps, contract: Contract) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    const raw = (req.body as Record<string, unknown>).scopes;
    const scopes = (Array.isArray(raw) ? raw : [raw]).filter((s) => typeof s === 'string');
    const reply = await operate(contract, deps, res, session, {
      method: 'POST',
      path: '/v1/account/api-keys',
      body: { name: field(req, 'name'), scopes },
    });
    if (reply.status === 400) return seeOther(res, '/account/connections?keys=invalid#api-keys');
    const created = expectStatus<CreatedApiKey>(reply, 201);
    setCookie(res, NEW_KEY_COOKIE, created.key, {
      secure: deps.secureCookies,
      maxAgeS: 300,
      path: NEW_KEY_PATH,
    });
    seeOther(res, NEW_KEY_PATH);
  };
}

/** GET /account/api-keys/new: the new key, once; the cookie that carried it is cleared. */
export function showNewApiKey(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session) return seeOther(res, '/signin?return_to=%2Faccount%2Fconnections');
    const key = readCookie(req, NEW_KEY_COOKIE);
    setCookie(res, NEW_KEY_COOKIE, '', {
      secure: deps.secureCookies,
      maxAgeS: 0,
      path: NEW_KEY_PATH,
    });
    const shown =
      key && /^tend_[A-Za-z0-9_-]+$/.test(key)
        ? html`<p>Copy your new key now; Tend cannot show it again:</p>
<p><code>${key}</code></p>
<p>Send it as <code>Authorization: Bearer ${key.slice(0, 13)}…</code>.</p>`
        : html`<p>This key was already shown once. If you did not copy it, revoke it and create another.</p>`;
    sendAccountPage(res, {
      title: 'Your new API key',
      current: '/account/connections',
      body: html`${shown}<p><a href="/account/connections#api-keys">Back to your connections</a></p>`,
    });
  };
}

/** POST /account/api-keys/:keyId/revoke, through revokeApiKey. */
export function revokeApiKeyFromPage(deps: WebDeps, contract: Contract) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    const reply = await operate(contract, deps, res, session, {
      method: 'DELETE',
      path: `/v1/account/api-keys/${encodeURIComponent(String(req.params.keyId))}`,
    });
    if (reply.status >= 500) expectStatus(reply, 204);
    seeOther(
      res,
      reply.status === 204 ? '/account/connections?keys=revoked#api-keys' : '/account/connections',
    );
  };
}
