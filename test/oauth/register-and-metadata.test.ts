import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataCommands, UsageError } from '../../src/cli/commands.ts';
import { createTestApp, PUBLIC_URL, type TestApp } from '../support/app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const register = (body: unknown) => t.request.post('/oauth/register').send(body as object);

describe('POST /oauth/register (RFC 7591)', () => {
  it('registers a confidential client and shows its secret once, storing only a hash', async () => {
    const res = await register({
      client_name: 'Claude',
      redirect_uris: ['https://claude.ai/api/mcp/auth_callback'],
    });
    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({
      client_id: expect.stringMatching(/^tc_/),
      client_secret: expect.any(String),
      token_endpoint_auth_method: 'client_secret_basic',
      scope: 'tasks:read tasks:write records:read records:write',
    });
    const row = await t.db('oauth_clients').where({ id: res.body.client_id }).first();
    expect(JSON.stringify(row)).not.toContain(res.body.client_secret);
  });

  const refused = [
    { name: 'no redirect URIs', body: { redirect_uris: [] }, error: 'invalid_redirect_uri' },
    {
      name: 'plain http elsewhere',
      body: { redirect_uris: ['http://evil.example/cb'] },
      error: 'invalid_redirect_uri',
    },
    {
      name: 'a fragment',
      body: { redirect_uris: ['https://a.example/cb#x'] },
      error: 'invalid_redirect_uri',
    },
    {
      name: 'a javascript: URI',
      body: { redirect_uris: ['javascript:alert(1)'] },
      error: 'invalid_redirect_uri',
    },
    {
      name: 'the account scope',
      body: { redirect_uris: ['https://a.example/cb'], scope: 'account' },
      error: 'invalid_client_metadata',
    },
    {
      name: 'the implicit grant',
      body: { redirect_uris: ['https://a.example/cb'], grant_types: ['implicit'] },
      error: 'invalid_client_metadata',
    },
    {
      name: 'an unknown auth method',
      body: {
        redirect_uris: ['https://a.example/cb'],
        token_endpoint_auth_method: 'private_key_jwt',
      },
      error: 'invalid_client_metadata',
    },
  ];
  it.each(refused)('refuses $name', async ({ body, error }) => {
    const res = await register(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(error);
  });

  it('R7: registration is throttled per IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      statuses.push((await register({ redirect_uris: ['https://a.example/cb'] })).status);
    }
    expect(statuses).toContain(429);
    t.clock.advance(60 * 60 * 1000 + 1);
    expect((await register({ redirect_uris: ['https://a.example/cb'] })).status).toBe(201);
  });
});

describe('metadata', () => {
  it('publishes RFC 8414 authorization server metadata', async () => {
    const res = await t.request.get('/.well-known/oauth-authorization-server');
    expect(res.body).toMatchObject({
      issuer: PUBLIC_URL,
      authorization_endpoint: `${PUBLIC_URL}/oauth/authorize`,
      token_endpoint: `${PUBLIC_URL}/oauth/token`,
      revocation_endpoint: `${PUBLIC_URL}/oauth/revoke`,
      registration_endpoint: `${PUBLIC_URL}/oauth/register`,
      code_challenge_methods_supported: ['S256'],
      authorization_response_iss_parameter_supported: true,
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    });
  });
});

describe('tend client create', () => {
  const deps = () => ({
    db: t.db,
    now: t.clock.now,
    defaultTimezone: 'UTC',
    publicUrl: 'http://tend.test',
  });

  it('prints the client id and, for a confidential client, the secret once', async () => {
    const out = (await dataCommands['client create']?.(
      { name: 'Script', 'redirect-uri': 'https://a.example/cb https://b.example/cb' },
      deps(),
    )) as { client_id: string; client_secret: string; redirect_uris: string[] };
    expect(out.client_id).toMatch(/^tc_/);
    expect(out.client_secret).toMatch(/^tcs_/);
    expect(out.redirect_uris).toEqual(['https://a.example/cb', 'https://b.example/cb']);
    const pub = (await dataCommands['client create']?.(
      {
        name: 'Native',
        'redirect-uri': 'http://127.0.0.1:9000/cb',
        public: true,
        scopes: 'tasks:read',
      },
      deps(),
    )) as { client_secret?: string; scopes: string[] };
    expect(pub.client_secret).toBeUndefined();
    expect(pub.scopes).toEqual(['tasks:read']);
  });

  it('refuses a missing or relative redirect URI', async () => {
    await expect(dataCommands['client create']?.({ name: 'X' }, deps())).rejects.toThrow(
      UsageError,
    );
    await expect(
      dataCommands['client create']?.({ name: 'X', 'redirect-uri': '/cb' }, deps()),
    ).rejects.toThrow(UsageError);
  });
});
