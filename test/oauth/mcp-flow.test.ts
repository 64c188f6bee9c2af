import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import { createLogger } from '../../src/http/logger.ts';
import { type Browser, PASSWORD, signUpAs } from '../support/browser.ts';
import { FakeClock } from '../support/clock.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { authorizeAndAllow } from '../support/oauth.ts';

/**
 * Flow (c), as a ChatGPT app connects: a public client identified by a Client ID Metadata
 * Document, discovery from the 401 on /mcp through both metadata documents, PKCE S256,
 * `resource=<PUBLIC_URL>/mcp`, then MCP over Streamable HTTP with the SDK's own client,
 * then a refresh with rotation. oauth4webapi and the MCP SDK over real HTTP; only the
 * sign-in and consent are a cookie-keeping browser.
 */
let server: Server;
let docServer: Server;
let issuer: string;
let docUrl: string;
let testDb: TestDb;
let b: Browser;
const clock = new FakeClock(new Date());
const logChunks: string[] = [];
const secrets: string[] = [PASSWORD];
const insecure = { [oauth.allowInsecureRequests]: true };
const REDIRECT = 'https://chatgpt.com/connector/oauth/flowc123';

beforeAll(async () => {
  testDb = await createTestDb();
  docServer = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(
      JSON.stringify({
        client_id: docUrl,
        client_name: 'ChatGPT',
        redirect_uris: [REDIRECT],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
      }),
    );
  });
  await new Promise<void>((resolve) => docServer.listen(0, '127.0.0.1', resolve));
  docUrl = `http://127.0.0.1:${(docServer.address() as AddressInfo).port}/chatgpt.json`;

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
    // Loopback metadata documents only because the development flag says so (A21).
    config: { publicUrl: issuer, validateResponses: true, allowLoopbackClientMetadata: true },
    db: testDb.db,
    log: createLogger('debug', sink),
    now: clock.now,
  });
  server.on('request', app);
  b = await signUpAs(app, 'flowc@example.com', 'Flo C');
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => docServer.close(resolve));
  await testDb.destroy();
});

async function mcpClient(accessToken: string): Promise<Client> {
  const client = new Client({ name: 'chatgpt-like', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${issuer}/mcp`), {
      requestInit: { headers: { Authorization: `Bearer ${accessToken}` } },
    }),
  );
  return client;
}

describe('(c) a ChatGPT app over MCP', () => {
  it('(c) discovers from the 401, authorizes with a metadata document and PKCE, calls tools, refreshes with rotation', async () => {
    const resource = `${issuer}/mcp`;

    // 1. The 401 on /mcp names the protected resource metadata (RFC 9728 §5.1).
    const unauthorized = await fetch(resource, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(unauthorized.status).toBe(401);
    const challenge = unauthorized.headers.get('www-authenticate') ?? '';
    expect(challenge).toMatch(/^Bearer /);
    const resourceMetadataUrl = /resource_metadata="([^"]+)"/.exec(challenge)?.[1] as string;
    expect(resourceMetadataUrl).toBe(`${issuer}/.well-known/oauth-protected-resource/mcp`);

    // 2. Protected resource metadata, then 3. authorization server metadata.
    const rs = await oauth.processResourceDiscoveryResponse(
      new URL(resource),
      await fetch(resourceMetadataUrl),
    );
    expect(rs.authorization_servers).toEqual([issuer]);
    const asUrl = new URL(rs.authorization_servers?.[0] as string);
    const as = await oauth.processDiscoveryResponse(
      asUrl,
      await oauth.discoveryRequest(asUrl, { algorithm: 'oauth2', ...insecure }),
    );
    expect(as.code_challenge_methods_supported).toEqual(['S256']);
    expect(as.client_id_metadata_document_supported).toBe(true);

    // 4. Authorization code with PKCE S256 and resource, as the metadata document's client.
    const client: oauth.Client = { client_id: docUrl, token_endpoint_auth_method: 'none' };
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const authorizeAt = new URL(as.authorization_endpoint as string);
    const callback = await authorizeAndAllow(b, {
      client_id: docUrl,
      redirect_uri: REDIRECT,
      scope: 'tasks:read tasks:write',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      resource,
    });
    expect(authorizeAt.pathname).toBe('/oauth/authorize');
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    secrets.push(callback.searchParams.get('code') as string);
    const params = oauth.validateAuthResponse(as, client, callback, state);
    const tokens = await oauth.processAuthorizationCodeResponse(
      as,
      client,
      await oauth.authorizationCodeGrantRequest(
        as,
        client,
        oauth.None(),
        params,
        REDIRECT,
        verifier,
        {
          additionalParameters: { resource },
          ...insecure,
        },
      ),
    );
    expect(tokens.scope).toBe('tasks:read tasks:write');
    expect(tokens.refresh_token).toBeTruthy();
    secrets.push(tokens.access_token, tokens.refresh_token as string);

    // 5. MCP with the SDK's client: tools/list, then createTask and listTasks.
    const mcp = await mcpClient(tokens.access_token);
    const { tools } = await mcp.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(
      expect.arrayContaining(['createTask', 'listTasks']),
    );
    expect(tools.map((tool) => tool.name)).not.toContain('createApiKey');
    const created = await mcp.callTool({
      name: 'createTask',
      arguments: { title: 'Refill Luna’s water', due_text: 'tomorrow 8am' },
    });
    expect(created.isError).toBeFalsy();
    const task = created.structuredContent as { id: string; title: string };
    expect(task.title).toBe('Refill Luna’s water');
    const listed = await mcp.callTool({ name: 'listTasks', arguments: {} });
    expect(listed.isError).toBeFalsy();
    const items = (listed.structuredContent as { items: { id: string }[] }).items;
    expect(items.map((item) => item.id)).toContain(task.id);
    await mcp.close();

    // The token is for /mcp alone (RFC 8707): the API refuses it.
    const api = await fetch(`${issuer}/v1/tasks`, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    });
    expect(api.status).toBe(401);

    // 6. Refresh rotates; the new access token works; the old refresh token is refused.
    const refreshed = await oauth.processRefreshTokenResponse(
      as,
      client,
      await oauth.refreshTokenGrantRequest(
        as,
        client,
        oauth.None(),
        tokens.refresh_token as string,
        {
          additionalParameters: { resource },
          ...insecure,
        },
      ),
    );
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    secrets.push(refreshed.access_token, refreshed.refresh_token as string);
    const again = await mcpClient(refreshed.access_token);
    expect((await again.listTools()).tools.length).toBe(tools.length);
    await again.close();
    const replay = await oauth.refreshTokenGrantRequest(
      as,
      client,
      oauth.None(),
      tokens.refresh_token as string,
      { additionalParameters: { resource }, ...insecure },
    );
    await expect(oauth.processRefreshTokenResponse(as, client, replay)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('R11: the logs of flow (c) hold no token, code, secret, password or cookie', () => {
    const logs = logChunks.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(secrets.length).toBeGreaterThan(4);
    for (const secret of secrets) expect(logs).not.toContain(secret);
    expect(logs).not.toMatch(/tend_session=|tend_csrf=|Bearer |Basic /);
  });
});
