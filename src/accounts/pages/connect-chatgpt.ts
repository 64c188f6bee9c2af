import type { Request, Response } from 'express';
import { clientOf, recordSecurityEvent } from '../../auth/security-events.ts';
import { currentSession, type SignedIn } from '../../auth/session-cookie.ts';
import {
  CHATGPT_DEFAULT_SCOPES,
  createChatGptClient,
  deleteOwnedClient,
  findOwnedClient,
  listOwnedClients,
  type OwnedClient,
  pinCallback,
  renewClientSecret,
  revealSecretOnce,
} from '../../oauth/chatgpt-clients.ts';
import { ASSISTANT_SCOPES, chosenAssistantScopes, SCOPE_WORDS } from '../../oauth/scopes.ts';
import { csrfField } from '../../web/form-guard.ts';
import { field, seeOther } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { signedInForm } from '../../web/signed-in-form.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { sendAccountPage } from './account-frame.ts';

/** The ChatGPT pages alone seal and reveal a client secret, with the server's secret. */
export interface ChatGptPageDeps extends WebDeps {
  tokenSecret: string;
}

const CONNECTIONS = '/account/connections';

/** What a connection lets ChatGPT do, in the words a person uses. */
function allowedList(scopes: readonly string[]): Html {
  return html`<ul>
${scopes.map((s) => html`<li>${SCOPE_WORDS[s] ?? s}</li>\n`)}</ul>`;
}

/** Where ChatGPT may send the person back: the exact URL once saved, any GPT's until then. */
function callbackWords(client: OwnedClient): Html {
  const pinned = client.redirectUris[0];
  return pinned
    ? html`<code>${pinned}</code>`
    : html`Any ChatGPT callback, until you save the one the GPT editor shows`;
}

/**
 * The Connections page's ChatGPT part: the connection there is, or the form to make one.
 * Every assistant scope starts ticked, so each Action operation works; a person may
 * untick what ChatGPT should not do.
 */
export function chatGptSection(clients: OwnedClient[], csrf: Html, notice: unknown): Html {
  const intro = html`<h2 id="chatgpt">ChatGPT</h2>
<p>Link a Custom GPT to your Tend with OAuth: Tend shows what to paste into the GPT editor.</p>
${notice === 'invalid' && html`<p role="alert">Choose at least one thing ChatGPT may do.</p>`}
${notice === 'removed' && html`<p role="status" class="ok">The ChatGPT connection was removed; the GPT can no longer reach your Tend.</p>`}`;
  if (clients.length > 0) {
    return html`${intro}
${clients.map(
  (c) => html`<table class="facts">
<tr><th>Client ID</th><td><code>${c.id}</code></td></tr>
<tr><th>Callback URL</th><td>${callbackWords(c)}</td></tr>
<tr><th>ChatGPT may</th><td>${c.scopes.map((s) => SCOPE_WORDS[s] ?? s).join('; ')}</td></tr>
</table>
<p><a href="/account/chatgpt/${c.id}">Set up, change the callback or remove this connection</a></p>
`,
)}`;
  }
  return html`${intro}
<form method="post" action="/account/chatgpt">
${csrf}
<fieldset><legend>ChatGPT may</legend>
${ASSISTANT_SCOPES.map(
  (s) =>
    html`<label><input type="checkbox" name="scopes" value="${s}"${CHATGPT_DEFAULT_SCOPES.includes(s) ? html` checked` : ''}> ${SCOPE_WORDS[s] ?? s} (<code>${s}</code>)</label>
`,
)}</fieldset>
<p><button type="submit">Connect ChatGPT</button></p>
</form>`;
}

/**
 * POST /account/chatgpt: makes the client, then 303 to the page that shows it. A person
 * who already has one is shown that one: a new secret is offered there, not a second
 * client.
 */
export function connectChatGpt(deps: ChatGptPageDeps) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    const [existing] = await listOwnedClients(deps.db, session.userId);
    if (existing) return seeOther(res, `/account/chatgpt/${encodeURIComponent(existing.id)}`);
    // The page's checkboxes are a suggestion; what is stored is checked here.
    const scopes = chosenAssistantScopes((req.body as Record<string, unknown>).scopes);
    if (!scopes) return seeOther(res, `${CONNECTIONS}?chatgpt=invalid#chatgpt`);
    const clientId = await createChatGptClient(
      deps.db,
      deps.tokenSecret,
      session.userId,
      deps.now(),
      scopes,
    );
    seeOther(res, `/account/chatgpt/${encodeURIComponent(clientId)}`);
  };
}

async function sendClientPage(
  deps: ChatGptPageDeps,
  req: Request,
  res: Response,
  session: SignedIn,
  client: OwnedClient,
  form: { callback?: string; message?: string; status?: number } = {},
): Promise<void> {
  const secret = await revealSecretOnce(deps.db, deps.tokenSecret, session.userId, client.id);
  const csrf = csrfField(deps.csrf.token(req, res, session.cookie));
  const row = (label: string, value: string) =>
    html`<tr><th>${label}</th><td><code>${value}</code></td></tr>\n`;
  const saved = req.query.callback === 'saved';
  sendAccountPage(res, {
    title: 'Connect ChatGPT',
    current: '/account/connections',
    status: form.status ?? 200,
    body: html`<p>In the GPT editor choose <strong>Actions → Authentication → OAuth</strong> and paste:</p>
<table class="facts">
${row('Client ID', client.id)}${row('Client Secret', secret ?? '(shown once — make a new client secret below if you lost it)')}${row('Authorization URL', `${deps.publicUrl}/oauth/authorize`)}${row('Token URL', `${deps.publicUrl}/oauth/token`)}${row('Scope', client.scopes.join(' '))}${row('Token exchange method', 'Default (POST request)')}</table>
<p>Import the actions from <code>${deps.publicUrl}/actions/openapi.yaml</code>.</p>
<p>With this connection ChatGPT will be able to:</p>
${allowedList(client.scopes)}
<p>You choose again when ChatGPT first asks you to allow it.</p>
<h2 id="callback">Callback URL</h2>
<p>After you save the GPT, the editor shows a callback URL. Paste it here so only that GPT can sign in. If you edit the GPT's action and the URL changes, paste the new one: the next sign-in uses it.</p>
${saved && html`<p role="status" class="ok">The callback URL was saved.</p>`}
${form.message && html`<p role="alert">${form.message}</p>`}
<p>Accepted now: ${callbackWords(client)}</p>
<form method="post" action="/account/chatgpt/${client.id}/callback">
${csrf}
<p><label>Callback URL shown by the GPT editor <input name="callback_url" value="${form.callback ?? client.redirectUris[0] ?? ''}" placeholder="https://chatgpt.com/aip/g-…/oauth/callback" required></label></p>
<p><button type="submit">Save callback URL</button></p>
</form>
<h2>Client secret</h2>
<p>Lost the secret? Make a new one and paste it into the GPT editor; the old one stops working.</p>
<form method="post" action="/account/chatgpt/${client.id}/secret">
${csrf}
<p><button type="submit" class="secondary">Make a new client secret</button></p>
</form>
<section class="danger">
<h2>Remove this connection</h2>
<p>ChatGPT is signed out at once and can no longer reach your Tend. You can connect again later.</p>
<form method="post" action="/account/chatgpt/${client.id}/delete">
${csrf}
<p><button type="submit" class="danger">Remove the ChatGPT connection</button></p>
</form>
</section>
<p>For a ChatGPT app or a Claude connector, add <code>${deps.publicUrl}/mcp</code> instead.</p>
<p><a href="${CONNECTIONS}">Back to your connections</a></p>`,
  });
}

function notFound(res: Response): void {
  sendAccountPage(res, {
    title: 'Not found',
    status: 404,
    body: html`<p>There is no such connection. <a href="${CONNECTIONS}">See your connections</a>.</p>`,
  });
}

/** GET /account/chatgpt/:clientId: exactly what to paste into the GPT editor. */
export function showChatGptClient(deps: ChatGptPageDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session) {
      return seeOther(res, `/signin?return_to=${encodeURIComponent(req.originalUrl)}`);
    }
    const client = await findOwnedClient(deps.db, session.userId, String(req.params.clientId));
    if (!client) return notFound(res);
    await sendClientPage(deps, req, res, session, client);
  };
}

/**
 * POST /account/chatgpt/:clientId/callback: pins the exact callback (docs/security.md
 * A1), replacing an earlier one, so a GPT whose callback changed signs in again.
 */
export function saveChatGptCallback(deps: ChatGptPageDeps) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    const client = await findOwnedClient(deps.db, session.userId, String(req.params.clientId));
    if (!client) return notFound(res);
    const callback = field(req, 'callback_url').trim();
    if (!(await pinCallback(deps.db, session.userId, client.id, callback))) {
      return sendClientPage(deps, req, res, session, client, {
        callback,
        status: 422,
        message:
          'That is not a ChatGPT callback URL. Paste the URL that starts with https://chatgpt.com/aip/g- and ends with /oauth/callback.',
      });
    }
    seeOther(res, `/account/chatgpt/${encodeURIComponent(client.id)}?callback=saved#callback`);
  };
}

/** POST /account/chatgpt/:clientId/secret: a new secret for the same client, shown once. */
export function renewChatGptSecret(deps: ChatGptPageDeps) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    const clientId = String(req.params.clientId);
    if (!(await renewClientSecret(deps.db, deps.tokenSecret, session.userId, clientId))) {
      return notFound(res);
    }
    seeOther(res, `/account/chatgpt/${encodeURIComponent(clientId)}`);
  };
}

/** POST /account/chatgpt/:clientId/delete: the client, its grants and tokens end. */
export function deleteChatGptClient(deps: ChatGptPageDeps) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    if (!(await deleteOwnedClient(deps.db, session.userId, String(req.params.clientId)))) {
      return notFound(res);
    }
    // The owner's connection through it stops here at once; anyone's elsewhere on the notice.
    deps.credentials.forget(session.userId);
    await recordSecurityEvent(deps.db, {
      userId: session.userId,
      kind: 'app_disconnected',
      at: deps.now(),
      client: clientOf(req),
      detail: 'ChatGPT',
    });
    seeOther(res, `${CONNECTIONS}?chatgpt=removed#chatgpt`);
  };
}
