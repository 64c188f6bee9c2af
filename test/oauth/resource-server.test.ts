import { createSecretKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL, type TestApp } from '../support/app.ts';
import { type Browser, signUpAs } from '../support/browser.ts';
import { authorizeAndAllow, basic, makeClient } from '../support/oauth.ts';

let t: TestApp;
let b: Browser;
let client: Awaited<ReturnType<typeof makeClient>>;
let other: Awaited<ReturnType<typeof makeClient>>;
let secret: string;
const REDIRECT = 'https://app.example/callback';

beforeAll(async () => {
  t = await createTestApp();
  b = await signUpAs(t.app, 'rae@example.com', 'Rae');
  client = await makeClient(t, { name: 'Rae’s Assistant' });
  other = await makeClient(t, { name: 'Other' });
  secret = (await t.db('server_secrets').where({ name: 'token_secret' }).first()).value;
});
afterAll(() => t.close());

async function tokens(extra: Record<string, string> = {}) {
  const to = await authorizeAndAllow(b, {
    client_id: client.id,
    redirect_uri: REDIRECT,
    state: 's',
    ...extra,
  });
  const res = await t.request
    .post('/oauth/token')
    .set('Authorization', basic(client.id, client.secret as string))
    .type('form')
    .send({
      grant_type: 'authorization_code',
      code: to.searchParams.get('code'),
      redirect_uri: REDIRECT,
      ...extra,
    });
  expect(res.status).toBe(200);
  return res.body as { access_token: string; refresh_token: string };
}

const api = (token: string) => t.request.get('/v1/tasks').set('Authorization', `Bearer ${token}`);

async function forge(claims: Record<string, unknown>, key = secret, alg = 'HS256') {
  const now = Math.floor(t.clock.now().getTime() / 1000);
  return new SignJWT({
    client_id: client.id,
    scope: 'tasks:read',
    gid: '00000000-0000-4000-8000-000000000000',
    ...claims,
  })
    .setProtectedHeader({ alg, typ: 'at+jwt' })
    .setIssuer(PUBLIC_URL)
    .setAudience(PUBLIC_URL)
    .setSubject('00000000-0000-4000-8000-000000000001')
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(createSecretKey(Buffer.from(key)));
}

describe('the API with OAuth access tokens', () => {
  it('acts for the person with the token’s scopes and names the client as the actor', async () => {
    const { access_token } = await tokens({ scope: 'tasks:read' });
    expect((await api(access_token)).status).toBe(200);
    const write = await t.request
      .post('/v1/tasks')
      .set('Authorization', `Bearer ${access_token}`)
      .send({ title: 'Nope' });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('insufficient_scope');
  });

  it('A22: a token with the wrong aud, alg none, an expired one or one signed with another key is 401', async () => {
    const { access_token } = await tokens();
    const [header, payload] = access_token.split('.');
    const noneHeader = Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString(
      'base64url',
    );
    const bad = [
      `${noneHeader}.${payload}.`,
      `${noneHeader}.${payload}.${access_token.split('.')[2]}`,
      `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload as string, 'base64url').toString()), scope: 'tasks:read tasks:write account' })).toString('base64url')}.${access_token.split('.')[2]}`,
      await forge({}, 'another key that is long enough to sign with'),
    ];
    for (const token of bad) expect((await api(token)).status).toBe(401);
    const mcpToken = (await tokens({ resource: `${PUBLIC_URL}/mcp` })).access_token;
    expect((await api(mcpToken)).status).toBe(401);
    // …while /mcp, the resource it was minted for, takes it.
    const onMcp = await t.request
      .post('/mcp')
      .set('Authorization', `Bearer ${mcpToken}`)
      .set('Accept', 'application/json, text/event-stream')
      .send({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
    expect(onMcp.status).toBe(200);
    expect(onMcp.body.result.tools.length).toBeGreaterThan(0);
    t.clock.advance(3600 * 1000 + 1);
    const expired = await api(access_token);
    expect(expired.status).toBe(401);
    expect(expired.headers['www-authenticate']).toContain('error="invalid_token"');
    b = await signUpAs(t.app, 'rae2@example.com', 'Rae');
  });

  it('R1: a token in the query string is ignored', async () => {
    const { access_token } = await tokens();
    expect((await t.request.get(`/v1/tasks?access_token=${access_token}`)).status).toBe(401);
  });

  it('R2: 401 carries WWW-Authenticate Bearer with resource_metadata; 403 carries insufficient_scope', async () => {
    const res = await t.request.get('/v1/tasks');
    expect(res.headers['www-authenticate']).toBe(
      `Bearer resource_metadata="${PUBLIC_URL}/.well-known/oauth-protected-resource"`,
    );
    const meta = await t.request.get('/.well-known/oauth-protected-resource');
    expect(meta.body).toMatchObject({ resource: PUBLIC_URL, authorization_servers: [PUBLIC_URL] });
    const mcp = await t.request.get('/.well-known/oauth-protected-resource/mcp');
    expect(mcp.body.resource).toBe(`${PUBLIC_URL}/mcp`);
    const { access_token } = await tokens({ scope: 'tasks:read' });
    const write = await t.request
      .post('/v1/tasks')
      .set('Authorization', `Bearer ${access_token}`)
      .send({ title: 'x' });
    expect(write.headers['www-authenticate']).toContain('error="insufficient_scope"');
  });

  it('A19: revoking a refresh token kills the grant’s access tokens at once', async () => {
    const { access_token, refresh_token } = await tokens();
    expect((await api(access_token)).status).toBe(200);
    const res = await t.request
      .post('/oauth/revoke')
      .type('form')
      .send({ token: refresh_token, client_id: client.id, client_secret: client.secret });
    expect(res.status).toBe(200);
    expect((await api(access_token)).status).toBe(401);
  });

  it('A19: unknown tokens answer 200, and a client cannot revoke another client’s token', async () => {
    const unknown = await t.request
      .post('/oauth/revoke')
      .set('Authorization', basic(client.id, client.secret as string))
      .type('form')
      .send({ token: 'no-such-token' });
    expect(unknown.status).toBe(200);
    const { access_token, refresh_token } = await tokens();
    for (const token of [access_token, refresh_token]) {
      const res = await t.request
        .post('/oauth/revoke')
        .set('Authorization', basic(other.id, other.secret as string))
        .type('form')
        .send({ token });
      expect(res.status).toBe(200);
    }
    t.clock.advance(30_001);
    expect((await api(access_token)).status).toBe(200);
    const own = await t.request
      .post('/oauth/revoke')
      .set('Authorization', basic(client.id, client.secret as string))
      .type('form')
      .send({ token: access_token, token_type_hint: 'access_token' });
    expect(own.status).toBe(200);
    expect((await api(access_token)).status).toBe(401);
  });

  it('checks a grant at most once per 30 s, so the steady state costs no query', async () => {
    const { access_token } = await tokens();
    expect((await api(access_token)).status).toBe(200);
    const grant = await t
      .db('oauth_grants')
      .whereNull('revoked_at')
      .orderBy('created_at', 'desc')
      .first();
    await t.db('oauth_grants').where({ id: grant.id }).update({ revoked_at: t.clock.now() });
    // Still cached: the revocation is not seen yet …
    expect((await api(access_token)).status).toBe(200);
    t.clock.advance(30_001);
    // … and is within 30 s.
    expect((await api(access_token)).status).toBe(401);
  });
});
