import type { Response } from 'express';
import { html, page } from '../web/html.ts';
import { sendPage } from '../web/page-headers.ts';
import type { AuthorizationRequest } from './authorization-request.ts';
import { SCOPE_WORDS } from './scopes.ts';

/** docs/security.md A2: what went wrong, on Tend's own page. */
export function sendAuthorizationErrorPage(res: Response, message: string): void {
  sendPage(
    res,
    400,
    page(
      'This connection cannot go ahead',
      html`<p>${message}</p><p>Go back to the app and try connecting again.</p>`,
    ),
  );
}

/** The consent page: who asks, where you will be sent, what they may do. */
export function sendConsentPage(
  res: Response,
  input: { request: AuthorizationRequest; csrfToken: string; userName: string },
): void {
  const { request } = input;
  const hidden: Record<string, string | undefined> = {
    csrf_token: input.csrfToken,
    response_type: 'code',
    client_id: request.client.id,
    redirect_uri: request.redirectUri,
    state: request.state,
    scope: request.scopes.join(' '),
    code_challenge: request.codeChallenge ?? undefined,
    code_challenge_method: request.codeChallenge ? 'S256' : undefined,
    resource: request.resource,
  };
  const fields = Object.entries(hidden)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">\n`);
  sendPage(
    res,
    200,
    page(
      `Connect ${request.client.name} to Tend?`,
      html`<p>Signed in as ${input.userName}.</p>
<p><strong>${request.client.name}</strong> will be able to:</p>
<ul>
${request.scopes.map((s) => html`<li>${SCOPE_WORDS[s] ?? s}</li>\n`)}</ul>
<p>After you choose, you will be sent to <strong>${new URL(request.redirectUri).host}</strong>.</p>
<form method="post" action="/oauth/authorize">
${fields}<p><button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button></p>
</form>`,
    ),
  );
}
