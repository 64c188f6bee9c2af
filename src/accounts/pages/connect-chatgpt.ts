import type { Request, Response } from 'express';
import { currentSession } from '../../auth/session-cookie.ts';
import {
  CHATGPT_DEFAULT_SCOPES,
  createChatGptClient,
  findOwnedClient,
  pinCallback,
  revealSecretOnce,
} from '../../oauth/chatgpt-clients.ts';
import { ASSISTANT_SCOPES, chosenAssistantScopes, SCOPE_WORDS } from '../../oauth/scopes.ts';
import { csrfField } from '../../web/form-guard.ts';
import { field, seeOther } from '../../web/forms.ts';
import { type Html, html, page } from '../../web/html.ts';
import { sendPage } from '../../web/page-headers.ts';
import { signedInForm } from '../../web/signed-in-form.ts';
import type { WebDeps } from '../../web/web-deps.ts';

/** What a connection lets ChatGPT do, in the words a person uses. */
function allowedList(scopes: readonly string[]): Html {
  return html`<ul>
${scopes.map((s) => html`<li>${SCOPE_WORDS[s] ?? s}</li>\n`)}</ul>`;
}

/**
 * The dashboard's Connect ChatGPT form: every assistant scope ticked, so each Action
 * operation works; a person may untick what ChatGPT should not do.
 */
/** The ChatGPT pages alone seal and reveal a client secret, with the server's secret. */
export interface ChatGptPageDeps extends WebDeps {
  tokenSecret: string;
}

export function connectChatGptSection(csrf: Html, invalid: boolean): Html {
  return html`<h2>Connect ChatGPT</h2>
<p>Link a Custom GPT to your Tend with OAuth: Tend shows what to paste into the GPT editor.</p>
${invalid && html`<p role="alert">Choose at least one thing ChatGPT may do.</p>`}
<form method="post" action="/account/chatgpt">
${csrf}
<fieldset><legend>ChatGPT may</legend>
${ASSISTANT_SCOPES.map(
  (s) =>
    html`<label><input type="checkbox" name="scopes" value="${s}"${CHATGPT_DEFAULT_SCOPES.includes(s) ? html` checked` : ''}> ${SCOPE_WORDS[s] ?? s} (<code>${s}</code>)</label><br>
`,
)}</fieldset>
<p><button type="submit">Connect ChatGPT</button></p>
</form>`;
}

/** POST /account/chatgpt: makes the client, then 303 to the page that shows it. */
export function connectChatGpt(deps: ChatGptPageDeps) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    // The page's checkboxes are a suggestion; what is stored is checked here.
    const scopes = chosenAssistantScopes((req.body as Record<string, unknown>).scopes);
    if (!scopes) return seeOther(res, '/account?chatgpt=invalid');
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

/** GET /account/chatgpt/:clientId: exactly what to paste into the GPT editor. */
export function showChatGptClient(deps: ChatGptPageDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    const clientId = String(req.params.clientId);
    if (!session) {
      return seeOther(res, `/signin?return_to=${encodeURIComponent(req.originalUrl)}`);
    }
    const client = await findOwnedClient(deps.db, session.userId, clientId);
    if (!client) return sendPage(res, 404, page('Not found', html`<p>No such connection.</p>`));
    const secret = await revealSecretOnce(deps.db, deps.tokenSecret, session.userId, clientId);
    const token = deps.csrf.token(req, res, session.cookie);
    const row = (label: string, value: string) =>
      html`<tr><th>${label}</th><td><code>${value}</code></td></tr>\n`;
    sendPage(
      res,
      200,
      page(
        'Connect ChatGPT',
        html`<p>In the GPT editor choose <strong>Actions → Authentication → OAuth</strong> and paste:</p>
<table>
${row('Client ID', client.id)}${row('Client Secret', secret ?? '(shown once — create a new connection if you lost it)')}${row('Authorization URL', `${deps.publicUrl}/oauth/authorize`)}${row('Token URL', `${deps.publicUrl}/oauth/token`)}${row('Scope', client.scopes.join(' '))}${row('Token exchange method', 'Default (POST request)')}</table>
<p>With this connection ChatGPT will be able to:</p>
${allowedList(client.scopes)}
<p>You choose again when ChatGPT first asks you to allow it. To let it do more or less, make a new connection from <a href="/account">your account</a>.</p>
<p>Import the actions from <code>${deps.publicUrl}/actions/openapi.yaml</code>.</p>
<form method="post" action="/account/chatgpt/${client.id}/callback">
${csrfField(token)}
<p><label>Callback URL shown by the GPT editor <input name="callback_url" value="${client.redirectUris[0] ?? ''}" placeholder="https://chatgpt.com/aip/g-…/oauth/callback" required></label></p>
<p><button type="submit">Save callback URL</button></p>
</form>
<p>For a ChatGPT app or Claude connector, add <code>${deps.publicUrl}/mcp</code> instead.</p>
<p><a href="/account">Back to your account</a></p>`,
      ),
    );
  };
}

/** POST /account/chatgpt/:clientId/callback: pins the exact callback (docs/security.md A1). */
export function saveChatGptCallback(deps: ChatGptPageDeps) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    const clientId = String(req.params.clientId);
    const ok = await pinCallback(
      deps.db,
      session.userId,
      clientId,
      field(req, 'callback_url').trim(),
    );
    if (!ok) {
      return sendPage(
        res,
        400,
        page(
          'That is not a ChatGPT callback URL',
          html`<p>Paste the URL that starts with https://chatgpt.com/aip/g-. <a href="/account/chatgpt/${clientId}">Back</a></p>`,
        ),
      );
    }
    seeOther(res, `/account/chatgpt/${encodeURIComponent(clientId)}`);
  };
}
