import { createSecretKey } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHousekeeping } from '../../src/app/housekeeping.ts';
import { createAccessTokens } from '../../src/auth/access-tokens.ts';
import { createSigningKeys, KEY_CACHE_MS } from '../../src/auth/signing-keys.ts';
import { dataCommands } from '../../src/cli/commands.ts';
import { createTestApp, PUBLIC_URL, type TestApp } from '../support/app.ts';
import { type Browser, signUpAs } from '../support/browser.ts';
import { createTestDb } from '../support/db.ts';
import { authorizeAndAllow, basic, makeClient } from '../support/oauth.ts';

/**
 * docs/security.md A22: tokens name their signing key; a rotation signs nobody out, and a
 * key is refused only once it is retired, after every token it signed has expired.
 */
let t: TestApp;
let b: Browser;
let client: Awaited<ReturnType<typeof makeClient>>;
let serverSecret: string;
let firstKid: string;
const REDIRECT = 'https://app.example/callback';
const MINUTE = 60_000;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  b = await signUpAs(t.app, 'kim@example.com', 'Kim');
  client = await makeClient(t, { name: 'Kim’s Assistant' });
  serverSecret = (await t.db('server_secrets').where({ name: 'token_secret' }).first()).value;
  firstKid = (await t.db('signing_keys').whereNull('secret').first('kid')).kid;
});
afterAll(() => t.close());

type Tokens = { access_token: string; refresh_token: string };

async function signIn(): Promise<Tokens> {
  const to = await authorizeAndAllow(b, { client_id: client.id, redirect_uri: REDIRECT });
  const res = await t.request
    .post('/oauth/token')
    .set('Authorization', basic(client.id, client.secret as string))
    .type('form')
    .send({
      grant_type: 'authorization_code',
      code: to.searchParams.get('code'),
      redirect_uri: REDIRECT,
    });
  expect(res.status).toBe(200);
  return res.body;
}

async function refresh(refreshToken: string): Promise<Tokens> {
  const res = await t.request
    .post('/oauth/token')
    .set('Authorization', basic(client.id, client.secret as string))
    .type('form')
    .send({ grant_type: 'refresh_token', refresh_token: refreshToken });
  expect(res.status).toBe(200);
  return res.body;
}

const status = async (token: string) =>
  (await t.request.get('/v1/tasks').set('Authorization', `Bearer ${token}`)).status;
const kidOf = (token: string) => decodeProtectedHeader(token).kid;

/** What the key `kid` (with `secret`) would sign now for the same grant as `like`. */
async function signedNow(like: string, kid: string | undefined, secret: string) {
  const claims = decodeJwt(like);
  const iat = Math.floor(t.clock.now().getTime() / 1000);
  return new SignJWT({ client_id: claims.client_id, scope: claims.scope, gid: claims.gid })
    .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', ...(kid && { kid }) })
    .setIssuer(PUBLIC_URL)
    .setAudience(PUBLIC_URL)
    .setSubject(claims.sub as string)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .sign(createSecretKey(Buffer.from(secret)));
}

const commandDeps = () => ({
  db: t.db,
  now: t.clock.now,
  defaultTimezone: 'UTC',
  publicUrl: PUBLIC_URL,
});

describe('signing keys that rotate', () => {
  it('A22: a rotation signs nobody out; the old key is refused only once retired', async () => {
    const before = await signIn();
    expect(kidOf(before.access_token)).toBe(firstKid);
    expect(await status(before.access_token)).toBe(200);

    const rotated = (await dataCommands['keys rotate']?.({}, commandDeps())) as {
      kid: string;
      superseded: string[];
    };
    expect(rotated.superseded).toEqual([firstKid]);
    expect(rotated.kid).not.toBe(firstKid);
    // The token issued before the rotation still verifies, at once and later.
    expect(await status(before.access_token)).toBe(200);

    // Once the cache has let go of the old key, new tokens carry the new kid.
    t.clock.advance(KEY_CACHE_MS + 1000);
    const after = await refresh(before.refresh_token);
    expect(kidOf(after.access_token)).toBe(rotated.kid);
    expect(await status(after.access_token)).toBe(200);
    t.clock.advance(30 * MINUTE);
    expect(await status(before.access_token)).toBe(200);
    // Housekeeping leaves the old key alone while a token it signed may still be alive.
    expect((await runHousekeeping(t.db, t.clock.now())).signingKeysRetired).toBe(0);
    const lateOld = await signedNow(before.access_token, firstKid, serverSecret);
    expect(await status(lateOld)).toBe(200);

    // Past the old tokens' lifetime (and the cache): retired, and refused.
    t.clock.advance(31 * MINUTE);
    expect((await runHousekeeping(t.db, t.clock.now())).signingKeysRetired).toBe(1);
    t.clock.advance(KEY_CACHE_MS + 1000);
    expect(await status(before.access_token)).toBe(401);
    // A fresh-dated token from the retired key (or with no kid, as old tokens had) is refused.
    expect(await status(await signedNow(before.access_token, firstKid, serverSecret))).toBe(401);
    expect(await status(await signedNow(before.access_token, undefined, serverSecret))).toBe(401);
    // The app itself was never signed out: its refresh token still works, on the new key.
    const later = await refresh(after.refresh_token);
    expect(kidOf(later.access_token)).toBe(rotated.kid);
    expect(await status(later.access_token)).toBe(200);
  });

  it('A22: a token naming an unknown kid is a 401 like any invalid token', async () => {
    const { access_token } = await signIn();
    // One shaped like Tend's kids (looked up, not found) and one that is not (never asked).
    for (const kid of ['0123456789abcdef', 'no-such-key']) {
      const forged = await signedNow(access_token, kid, serverSecret);
      const res = await t.request.get('/v1/tasks').set('Authorization', `Bearer ${forged}`);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
    }
  });
});

describe('TOKEN_SECRET as the first key', () => {
  it('signs as the first kid and verifies tokens from before kids existed', async () => {
    const { db, destroy } = await createTestDb();
    try {
      const tokenSecret = 'a-configured-token-secret-of-32-characters';
      const accessTokens = createAccessTokens({
        keys: createSigningKeys({ db, serverSecret: tokenSecret, now: t.clock.now }),
        issuer: PUBLIC_URL,
        now: t.clock.now,
      });
      const claims = {
        userId: '00000000-0000-4000-8000-000000000001',
        clientId: 'tc_x',
        grantId: '00000000-0000-4000-8000-000000000002',
        scopes: ['tasks:read'],
        audience: PUBLIC_URL,
      };
      const first = (await db('signing_keys').whereNull('secret').first('kid')).kid;
      const token = await accessTokens.sign(claims);
      expect(kidOf(token)).toBe(first);
      expect(await accessTokens.verify(token, [PUBLIC_URL])).toMatchObject(claims);
      // Signed with TOKEN_SECRET and no kid, as every token was before: still valid.
      const legacy = await signedNow(token, undefined, tokenSecret);
      expect(await accessTokens.verify(legacy, [PUBLIC_URL])).toMatchObject(claims);
      // Another secret under the first kid is not the key.
      const forged = await signedNow(token, first, `${tokenSecret}-other`);
      expect(await accessTokens.verify(forged, [PUBLIC_URL])).toBeNull();
    } finally {
      await destroy();
    }
  });
});
