import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createClient } from '../../src/oauth/clients.ts';
import { type Browser, PASSWORD, signUpAs } from '../support/browser.ts';
import { FakeClock } from '../support/clock.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { authorizeAndAllow, CHATGPT_CALLBACK } from '../support/oauth.ts';

/**
 * Whole flows with oauth4webapi — a strict client written by someone else — over real
 * HTTP. The browser part (sign-in and consent) is plain HTTP with cookies and the form.
 */
let server: Server;
let issuer: string;
let testDb: TestDb;
let b: Browser;
let as: oauth.AuthorizationServer;
const clock = new FakeClock(new Date());
const logChunks: string[] = [];
const secrets: string[] = [PASSWORD];
const insecure = { [oauth.allowInsecureRequests]: true };

beforeAll(async () => {
  testDb = await createTestDb();
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logChunks.push(chunk.toString());
      done();
    },
  });
  const { app } = await buildApp({
    config: { publicUrl: issuer, validateResponses: true },
    db: testDb.db,
    log: createLogger('debug', sink),
    now: clock.now,
  });
  server.on('request', app);
  b = await signUpAs(app, 'flow@example.com', 'Flo');
  as = await oauth.processDiscoveryResponse(
    new URL(issuer),
    await oauth.discoveryRequest(new URL(issuer), { algorithm: 'oauth2', ...insecure }),
  );
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await testDb.destroy();
});

async function browse(params: Record<string, string>): Promise<URL> {
  const url = new URL(as.authorization_endpoint as string);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return authorizeAndAllow(b, Object.fromEntries(url.searchParams));
}

async function runFlow(
  client: oauth.Client,
  auth: oauth.ClientAuth,
  redirectUri: string,
  pkce: boolean,
) {
  const state = oauth.generateRandomState();
  const verifier = oauth.generateRandomCodeVerifier();
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: client.client_id,
    redirect_uri: redirectUri,
    scope: 'tasks:read tasks:write',
    state,
  };
  if (pkce) {
    params.code_challenge = await oauth.calculatePKCECodeChallenge(verifier);
    params.code_challenge_method = 'S256';
  }
  const callback = await browse(params);
  secrets.push(callback.searchParams.get('code') as string);
  const validated = oauth.validateAuthResponse(as, client, callback, state);
  const tokens = await oauth.processAuthorizationCodeResponse(
    as,
    client,
    await oauth.authorizationCodeGrantRequest(
      as,
      client,
      auth,
      validated,
      redirectUri,
      pkce ? verifier : oauth.nopkce,
      insecure,
    ),
  );
  expect(tokens.token_type).toBe('bearer');
  expect(tokens.expires_in).toBe(3600);
  expect(tokens.scope).toBe('tasks:read tasks:write');

  const tasks = await oauth.protectedResourceRequest(
    tokens.access_token,
    'POST',
    new URL(`${issuer}/v1/tasks`),
    new Headers({ 'Content-Type': 'application/json' }),
    JSON.stringify({ title: `Made through OAuth by ${client.client_id}` }),
    insecure,
  );
  expect(tasks.status).toBe(201);
  const listed = await oauth.protectedResourceRequest(
    tokens.access_token,
    'GET',
    new URL(`${issuer}/v1/tasks`),
    new Headers(),
    null,
    insecure,
  );
  expect(listed.status).toBe(200);

  const refreshed = await oauth.processRefreshTokenResponse(
    as,
    client,
    await oauth.refreshTokenGrantRequest(
      as,
      client,
      auth,
      tokens.refresh_token as string,
      insecure,
    ),
  );
  expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
  secrets.push(
    tokens.access_token,
    tokens.refresh_token as string,
    refreshed.access_token,
    refreshed.refresh_token as string,
  );

  await oauth.processRevocationResponse(
    await oauth.revocationRequest(as, client, auth, refreshed.refresh_token as string, insecure),
  );
  clock.advance(30_001);
  const after = await fetch(`${issuer}/v1/tasks`, {
    headers: { Authorization: `Bearer ${refreshed.access_token}` },
  });
  expect(after.status).toBe(401);
}

describe('OAuth flows with oauth4webapi over real HTTP', () => {
  it('(a) a Custom GPT Action: confidential, client_secret_post, ChatGPT callback, no PKCE', async () => {
    const { db } = testDb;
    const created = await createClient(
      db,
      {
        name: 'My GPT',
        redirectUris: [],
        scopes: ['tasks:read', 'tasks:write'],
        isPublic: false,
        kind: 'chatgpt_action',
      },
      clock.now(),
    );
    secrets.push(created.clientSecret as string);
    await runFlow(
      { client_id: created.clientId },
      oauth.ClientSecretPost(created.clientSecret as string),
      CHATGPT_CALLBACK,
      false,
    );
  });

  it('(b) the same with client_secret_basic', async () => {
    const created = await createClient(
      testDb.db,
      {
        name: 'My GPT (basic)',
        redirectUris: [],
        scopes: ['tasks:read', 'tasks:write'],
        isPublic: false,
        kind: 'chatgpt_action',
      },
      clock.now(),
    );
    secrets.push(created.clientSecret as string);
    await runFlow(
      { client_id: created.clientId },
      oauth.ClientSecretBasic(created.clientSecret as string),
      CHATGPT_CALLBACK,
      false,
    );
  });

  it('(d) a public client registered through /oauth/register, with PKCE S256', async () => {
    const redirectUri = 'http://127.0.0.1:33418/callback';
    const res = await fetch(as.registration_endpoint as string, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_name: 'Some MCP client',
        redirect_uris: [redirectUri],
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      }),
    });
    expect(res.status).toBe(201);
    const registered = (await res.json()) as { client_id: string; client_secret?: string };
    expect(registered.client_secret).toBeUndefined();
    await runFlow(
      { client_id: registered.client_id, token_endpoint_auth_method: 'none' },
      oauth.None(),
      redirectUri,
      true,
    );
  });

  it('R11: the logs of these flows hold no token, code, secret, password or cookie', () => {
    const logs = logChunks.join('');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(logs).not.toContain(secret);
    expect(logs).not.toMatch(/tend_session=|tend_csrf=|Bearer |Basic /);
  });
});
