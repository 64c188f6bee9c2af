import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import { createLogger } from '../../src/http/logger.ts';
import { type Browser, signUpAs } from '../support/browser.ts';
import { FakeClock } from '../support/clock.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { authorizeAndAllow, authorizeUrl } from '../support/oauth.ts';
import { makeWidget, type WidgetSettings } from '../support/widget.ts';

/**
 * A widget's sign-in over real HTTP with oauth4webapi, a strict client written by someone
 * else: a public client per widget, PKCE S256, Tend's own redirect page (R14).
 */
let server: Server;
let issuer: string;
let testDb: TestDb;
let b: Browser;
let as: oauth.AuthorizationServer;
const clock = new FakeClock(new Date());
const insecure = { [oauth.allowInsecureRequests]: true };
const SITE = 'https://family.example';

beforeAll(async () => {
  testDb = await createTestDb();
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { app } = await buildApp({
    config: { publicUrl: issuer, validateResponses: true },
    db: testDb.db,
    log: createLogger('silent'),
    now: clock.now,
  });
  server.on('request', app);
  b = await signUpAs(app, 'widget@example.com', 'Wendy');
  as = await oauth.processDiscoveryResponse(
    new URL(issuer),
    await oauth.discoveryRequest(new URL(issuer), { algorithm: 'oauth2', ...insecure }),
  );
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await testDb.destroy();
});

async function settingsOf(widgetId: string): Promise<WidgetSettings> {
  const res = await fetch(`${issuer}/widget/${widgetId}/settings`, { headers: { Origin: SITE } });
  expect(res.status).toBe(200);
  return (await res.json()) as WidgetSettings;
}

describe('R14: a widget signs in as its own public client with PKCE', () => {
  it('R14: code flow with S256, Tend’s signed-in page, tokens that work, then end with the widget', async () => {
    const widgetId = await makeWidget(b, { name: 'Family', allowed_origins: [SITE] });
    const settings = await settingsOf(widgetId);
    expect(settings).toMatchObject({
      authorize_url: `${issuer}/oauth/authorize`,
      token_url: `${issuer}/oauth/token`,
      redirect_uri: `${issuer}/widget/${widgetId}/signed-in`,
      scope: 'chat tasks:read tasks:write records:read records:write',
    });
    // Asked again: the same client, one per widget.
    expect((await settingsOf(widgetId)).client_id).toBe(settings.client_id);
    const stored = await testDb.db('oauth_clients').where({ id: settings.client_id }).first();
    expect(stored).toMatchObject({ secret_hash: null, kind: 'widget' });

    const client: oauth.Client = {
      client_id: settings.client_id,
      token_endpoint_auth_method: 'none',
    };
    const state = oauth.generateRandomState();
    const verifier = oauth.generateRandomCodeVerifier();
    const url = new URL(as.authorization_endpoint as string);
    const params = {
      response_type: 'code',
      client_id: settings.client_id,
      redirect_uri: settings.redirect_uri,
      scope: settings.scope,
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    };
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    const asked = await b.get(`${url.pathname}${url.search}`);
    expect(asked.status).toBe(200);
    // The popup keeps its opener (sign-in, consent, signed-in page).
    expect(asked.headers['cross-origin-opener-policy']).toBe('unsafe-none');
    expect(asked.text).toContain('Talk with Tend');
    const callback = await authorizeAndAllow(b, Object.fromEntries(url.searchParams));
    expect(`${callback.origin}${callback.pathname}`).toBe(settings.redirect_uri);

    const page = await b.get(`${callback.pathname}${callback.search}`);
    expect(page.status).toBe(200);
    expect(page.headers['cross-origin-opener-policy']).toBe('unsafe-none');
    expect(page.text).toContain('/assets/js/widget-signed-in.js');
    expect(page.text).toContain(`data-origins="[&quot;${SITE}&quot;]"`);
    expect(page.text).not.toContain('"*"');

    // Without the verifier, or with another, the code is worth nothing.
    const code = callback.searchParams.get('code') as string;
    const wrong = await fetch(`${issuer}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: settings.redirect_uri,
        client_id: settings.client_id,
        code_verifier: oauth.generateRandomCodeVerifier(),
      }),
    });
    expect(wrong.status).toBe(400);

    // A wrong verifier spent the code (one try); a second sign-in gets the tokens.
    const again = await authorizeAndAllow(b, Object.fromEntries(url.searchParams));
    const validated = oauth.validateAuthResponse(as, client, again, state);
    const tokens = await oauth.processAuthorizationCodeResponse(
      as,
      client,
      await oauth.authorizationCodeGrantRequest(
        as,
        client,
        oauth.None(),
        validated,
        settings.redirect_uri,
        verifier,
        insecure,
      ),
    );
    expect(tokens.scope).toBe('tasks:read tasks:write records:read records:write chat');
    const call = () =>
      fetch(`${issuer}/v1/tasks`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect((await call()).status).toBe(200);
    // A conversation begun through the widget is the widget's, and so is what it costs.
    const begun = await fetch(`${issuer}/v1/conversations`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${tokens.access_token}`,
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
    expect(((await begun.json()) as { widget_id: string }).widget_id).toBe(widgetId);
    const refreshed = await oauth.processRefreshTokenResponse(
      as,
      client,
      await oauth.refreshTokenGrantRequest(
        as,
        client,
        oauth.None(),
        tokens.refresh_token as string,
        insecure,
      ),
    );
    expect(refreshed.access_token).toBeTruthy();

    // Deleting the widget deletes its client: the tokens stop working, the refresh too.
    const csrf = /name="csrf_token" value="([^"]+)"/.exec((await b.get('/account')).text)?.[1];
    const deleted = await b.delete(`/v1/widgets/${widgetId}`).set('X-CSRF-Token', csrf ?? '');
    expect(deleted.status).toBe(204);
    clock.advance(30_001);
    expect((await call()).status).toBe(401);
    const refresh = await fetch(`${issuer}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshed.refresh_token as string,
        client_id: settings.client_id,
      }),
    });
    // The client is gone: invalid_client (401), not merely a spent token.
    expect(refresh.status).toBe(401);
    expect(((await refresh.json()) as { error: string }).error).toBe('invalid_client');
  });

  it('R14: without PKCE, or to another redirect page, the widget’s client gets no code', async () => {
    const widgetId = await makeWidget(b, { name: 'Strict', allowed_origins: [SITE] });
    const settings = await settingsOf(widgetId);
    const noPkce = await b.get(
      authorizeUrl({
        response_type: 'code',
        client_id: settings.client_id,
        redirect_uri: settings.redirect_uri,
        scope: settings.scope,
        state: 's',
      }),
    );
    const location = noPkce.headers.location ?? '';
    expect(location).not.toContain('code=');
    const elsewhere = await b.get(
      authorizeUrl({
        response_type: 'code',
        client_id: settings.client_id,
        redirect_uri: `${SITE}/callback`,
        scope: settings.scope,
        state: 's',
        code_challenge: 'x'.repeat(43),
        code_challenge_method: 'S256',
      }),
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.headers.location).toBeUndefined();
  });
});
