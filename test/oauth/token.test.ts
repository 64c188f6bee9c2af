import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type Browser, signUpAs } from '../support/browser.ts';
import { authorizeAndAllow, basic, makeClient, pkce } from '../support/oauth.ts';

let t: TestApp;
let b: Browser;
let client: Awaited<ReturnType<typeof makeClient>>;
let other: Awaited<ReturnType<typeof makeClient>>;
let pub: Awaited<ReturnType<typeof makeClient>>;
const REDIRECT = 'https://app.example/callback';

beforeAll(async () => {
  t = await createTestApp();
  b = await signUpAs(t.app, 'tom@example.com', 'Tom');
  client = await makeClient(t);
  other = await makeClient(t, { name: 'Other' });
  pub = await makeClient(t, { name: 'Public', isPublic: true });
});
afterAll(() => t.close());

async function codeFor(c = client, extra: Record<string, string> = {}): Promise<string> {
  const to = await authorizeAndAllow(b, {
    client_id: c.id,
    redirect_uri: REDIRECT,
    state: 's',
    ...extra,
  });
  const code = to.searchParams.get('code');
  if (!code) throw new Error(`no code: ${to.pathname}${to.search}`);
  return code;
}

function redeem(code: string, extra: Record<string, string> = {}, c = client) {
  return t.request
    .post('/oauth/token')
    .type('form')
    .send({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: c.id,
      ...(c.secret && { client_secret: c.secret }),
      ...extra,
    });
}

function refresh(token: string, extra: Record<string, string> = {}, c = client) {
  return t.request
    .post('/oauth/token')
    .set('Authorization', basic(c.id, c.secret as string))
    .type('form')
    .send({ grant_type: 'refresh_token', refresh_token: token, ...extra });
}

const api = (token: string) => t.request.get('/v1/tasks').set('Authorization', `Bearer ${token}`);

describe('POST /oauth/token', () => {
  it('answers {access_token, token_type: "bearer", expires_in, refresh_token, scope} for a code', async () => {
    const res = await redeem(await codeFor());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      access_token: expect.any(String),
      token_type: 'bearer',
      expires_in: 3600,
      refresh_token: expect.any(String),
      scope: 'tasks:read tasks:write',
    });
    expect((await api(res.body.access_token)).status).toBe(200);
  });

  it('accepts a JSON body as well as a form', async () => {
    const code = await codeFor();
    const res = await t.request.post('/oauth/token').send({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: client.id,
      client_secret: client.secret,
    });
    expect(res.status).toBe(200);
  });

  it('A11: a code is dead after 60 seconds', async () => {
    const code = await codeFor();
    t.clock.advance(61_000);
    const res = await redeem(code);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_grant');
  });

  it('A12: a verifier without a stored challenge is invalid_grant, and so is a missing or wrong one', async () => {
    const plainCode = await codeFor();
    expect((await redeem(plainCode, { code_verifier: pkce().verifier })).body.error).toBe(
      'invalid_grant',
    );
    const { verifier, challenge } = pkce();
    const withChallenge = { code_challenge: challenge, code_challenge_method: 'S256' };
    expect((await redeem(await codeFor(client, withChallenge))).body.error).toBe('invalid_grant');
    const code = await codeFor(client, withChallenge);
    expect((await redeem(code, { code_verifier: pkce().verifier })).body.error).toBe(
      'invalid_grant',
    );
    // A failed verifier revokes nothing and leaves the code usable (A13).
    expect((await redeem(code, { code_verifier: verifier })).status).toBe(200);
  });

  it('A13: a code is used once; a second valid redemption revokes what the first issued', async () => {
    const code = await codeFor();
    const first = await redeem(code);
    expect(first.status).toBe(200);
    const second = await redeem(code);
    expect(second.body.error).toBe('invalid_grant');
    expect((await refresh(first.body.refresh_token)).body.error).toBe('invalid_grant');
    t.clock.advance(30_001);
    expect((await api(first.body.access_token)).status).toBe(401);
  });

  it('A13: redeemed in parallel, exactly one redemption succeeds', async () => {
    const code = await codeFor();
    const answers = await Promise.all([redeem(code), redeem(code), redeem(code)]);
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
  });

  it('A13: a replay with bad client authentication revokes nothing', async () => {
    const code = await codeFor();
    const first = await redeem(code);
    const bad = await redeem(code, { client_secret: 'wrong' });
    expect(bad.status).toBe(401);
    expect(bad.body.error).toBe('invalid_client');
    expect((await refresh(first.body.refresh_token)).status).toBe(200);
  });

  it('A14: a code or refresh token works only for its own client and redirect_uri', async () => {
    const code = await codeFor();
    expect((await redeem(code, {}, other)).body.error).toBe('invalid_grant');
    expect((await redeem(code, { redirect_uri: `${REDIRECT}/x` })).body.error).toBe(
      'invalid_grant',
    );
    const ok = await redeem(code);
    expect(ok.status).toBe(200);
    expect((await refresh(ok.body.refresh_token, {}, other)).body.error).toBe('invalid_grant');
    expect((await refresh(ok.body.refresh_token)).status).toBe(200);
  });

  it('A15: refresh tokens rotate; replaying a rotated one revokes the whole grant', async () => {
    const r1 = (await redeem(await codeFor())).body.refresh_token;
    const second = await refresh(r1);
    expect(second.status).toBe(200);
    const r2 = second.body.refresh_token;
    expect(r2).not.toBe(r1);
    expect((await refresh(r1)).body.error).toBe('invalid_grant');
    expect((await refresh(r2)).body.error).toBe('invalid_grant');
    // The web session did not last the two months; sign in afresh for the next tests.
    b = await signUpAs(t.app, 'tom2@example.com', 'Tom');
  });

  it('A16: a refresh may narrow the scope but never widen it', async () => {
    const r1 = (await redeem(await codeFor(client, { scope: 'tasks:read' }))).body.refresh_token;
    const wider = await refresh(r1, { scope: 'tasks:read tasks:write' });
    expect(wider.body.error).toBe('invalid_scope');
    const same = await refresh(r1, { scope: 'tasks:read' });
    expect(same.body.scope).toBe('tasks:read');
  });

  it('A18: every answer carrying a token is Cache-Control: no-store', async () => {
    const res = await redeem(await codeFor());
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await refresh(res.body.refresh_token)).headers['cache-control']).toBe('no-store');
  });

  it('A20: client secrets are stored hashed and a wrong secret is invalid_client', async () => {
    const row = await t.db('oauth_clients').where({ id: client.id }).first();
    expect(row.secret_hash).not.toContain(client.secret);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    const code = await codeFor();
    for (const secret of ['', `${client.secret}x`, (client.secret as string).slice(0, -1)]) {
      const res = await redeem(code, { client_secret: secret });
      expect(res.status).toBe(401);
      expect(res.body.error).toBe('invalid_client');
    }
    const viaBasic = await t.request
      .post('/oauth/token')
      .set('Authorization', basic(client.id, 'nope'))
      .type('form')
      .send({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT });
    expect(viaBasic.status).toBe(401);
    expect(viaBasic.headers['www-authenticate']).toMatch(/^Basic/);
  });

  it('lets a public client in with PKCE and no secret', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(pub, { code_challenge: challenge, code_challenge_method: 'S256' });
    const res = await redeem(code, { code_verifier: verifier }, pub);
    expect(res.status).toBe(200);
  });

  it('answers RFC 6749 errors for unknown grant types and malformed bodies', async () => {
    const res = await t.request
      .post('/oauth/token')
      .type('form')
      .send({ grant_type: 'password', client_id: client.id, client_secret: client.secret });
    expect(res.body).toEqual({
      error: 'unsupported_grant_type',
      error_description: expect.any(String),
    });
    const broken = await t.request
      .post('/oauth/token')
      .set('Content-Type', 'application/json')
      .send('{');
    expect(broken.status).toBe(400);
    expect(broken.body.error).toBe('invalid_request');
  });
  it('A17: a refresh token unused for 30 days no longer works', async () => {
    const r1 = (await redeem(await codeFor())).body.refresh_token;
    t.clock.advance(29 * 24 * 3600 * 1000);
    const r2 = (await refresh(r1)).body.refresh_token;
    expect(r2).toBeTruthy();
    t.clock.advance(30 * 24 * 3600 * 1000 + 1);
    expect((await refresh(r2)).body.error).toBe('invalid_grant');
  });
});
