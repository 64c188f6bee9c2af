import type { Browser } from './browser.ts';
import { csrfTokenOf } from './browser.ts';
import { authorizeAndAllow, pkce } from './oauth.ts';

export interface WidgetSettings {
  allowed: boolean;
  client_id: string;
  scope: string;
  redirect_uri: string;
  authorize_url: string;
  token_url: string;
  theme: string;
  position: string;
  greeting: string;
}

/** Makes a widget through the dashboard's session, as the Account pages do. */
export async function makeWidget(
  b: Browser,
  body: { name: string; allowed_origins: string[]; [field: string]: unknown },
): Promise<string> {
  const csrf = csrfTokenOf((await b.get('/account')).text);
  const res = await b.post('/v1/widgets').set('X-CSRF-Token', csrf).send(body);
  if (res.status !== 201) throw new Error(`createWidget answered ${res.status}: ${res.text}`);
  return res.body.id as string;
}

/**
 * What widget.js does, over HTTP: settings from the widget's site, the popup's authorize
 * and consent in the signed-in browser, the code exchanged with the PKCE verifier.
 */
export async function widgetSignIn(
  b: Browser,
  widgetId: string,
  origin: string,
): Promise<{ access_token: string; refresh_token: string; scope: string; callback: URL }> {
  const settings = (await b.get(`/widget/${widgetId}/settings`).set('Origin', origin))
    .body as WidgetSettings;
  const { verifier, challenge } = pkce();
  const callback = await authorizeAndAllow(b, {
    client_id: settings.client_id,
    redirect_uri: settings.redirect_uri,
    scope: settings.scope,
    state: 'widget-state',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  const token = await b
    .post('/oauth/token')
    .set('Origin', origin)
    .type('form')
    .send({
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code'),
      redirect_uri: settings.redirect_uri,
      client_id: settings.client_id,
      code_verifier: verifier,
    });
  if (token.status !== 200) throw new Error(`token answered ${token.status}: ${token.text}`);
  return { ...token.body, callback };
}
