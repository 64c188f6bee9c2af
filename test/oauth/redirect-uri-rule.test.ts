import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import type { HttpEntry } from '../../src/http/api-door.ts';
import { createLogger } from '../../src/http/logger.ts';
import { escapeHtml } from '../../src/web/html.ts';
import { type Browser, signUpAs } from '../support/browser.ts';
import { FakeClock } from '../support/clock.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { authorizeUrl, pkce } from '../support/oauth.ts';

/**
 * One redirect-URI rule for every way a client introduces itself: each row breaks one
 * rule, and both `/oauth/register` and a Client ID Metadata Document must refuse it with
 * the same reason (the metadata path on Tend's own page, never a redirect: A2).
 */
const HTTPS = 'https://app.example/callback';
const refused: { rule: string; uris: unknown[]; reason: RegExp }[] = [
  { rule: 'at least one URI', uris: [], reason: /1 to 10 URIs/ },
  {
    rule: 'at most ten URIs',
    uris: Array.from({ length: 11 }, (_, i) => `${HTTPS}/${i}`),
    reason: /1 to 10 URIs/,
  },
  { rule: 'each a string', uris: [42], reason: /must be a string/ },
  {
    rule: 'at most 2000 characters',
    uris: [`${HTTPS}/${'x'.repeat(2000)}`],
    reason: /up to 2000 characters/,
  },
  {
    rule: 'no spaces or control characters',
    uris: ['https://app.example/call back'],
    reason: /spaces or control characters/,
  },
  { rule: 'absolute', uris: ['/callback'], reason: /absolute URL/ },
  { rule: 'no fragment', uris: [`${HTTPS}#done`], reason: /fragment/ },
  { rule: 'not even an empty fragment', uris: [`${HTTPS}#`], reason: /fragment/ },
  {
    rule: 'no user name or password',
    uris: ['https://user:secret@app.example/callback'],
    reason: /user name or password/,
  },
  {
    rule: 'plain http only on loopback',
    uris: ['http://attacker.example/cb'],
    reason: /plain http only on 127\.0\.0\.1/,
  },
  {
    rule: 'a look-alike of localhost is not loopback',
    uris: ['http://localhost.attacker.example/cb'],
    reason: /plain http only on 127\.0\.0\.1/,
  },
  {
    rule: 'no other scheme (javascript:)',
    uris: ['javascript:alert(1)'],
    reason: /must use https/,
  },
  {
    rule: 'no other scheme (private-use)',
    uris: ['com.example.app:/callback'],
    reason: /must use https/,
  },
  {
    rule: 'every URI of the list, not just the first',
    uris: [HTTPS, 'http://attacker.example/cb'],
    reason: /plain http only/,
  },
];
const accepted = [
  HTTPS,
  'https://chatgpt.com/connector/oauth/abc123',
  'http://127.0.0.1:33418/callback',
  'http://[::1]:33418/callback',
  'http://localhost:33418/callback',
];

let testDb: TestDb;
let docServer: Server;
let docBase: string;
const docs = new Map<string, unknown>();
const clock = new FakeClock();
let app: HttpEntry;

beforeAll(async () => {
  testDb = await createTestDb();
  docServer = createServer((req, res) => {
    const doc = docs.get(req.url ?? '');
    if (!doc) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(doc));
  });
  await new Promise<void>((resolve) => docServer.listen(0, '127.0.0.1', resolve));
  docBase = `http://127.0.0.1:${(docServer.address() as AddressInfo).port}`;
  ({ app } = await buildApp({
    // Documents are served from this machine, so loopback fetching is allowed here: the
    // redirect rule, not the fetch rule (A21), is what these rows test.
    config: {
      publicUrl: 'http://tend.test',
      validateResponses: true,
      allowLoopbackClientMetadata: true,
    },
    db: testDb.db,
    log: createLogger('silent'),
    now: clock.now,
  }));
});
afterAll(async () => {
  await new Promise((resolve) => docServer.close(resolve));
  await testDb.destroy();
});

async function register(uris: unknown[]) {
  // Past the registration throttle's window (R7), which these rows are not about.
  clock.advance(61 * 60 * 1000);
  return supertest(app)
    .post('/oauth/register')
    .send({ client_name: 'Rule test', redirect_uris: uris, token_endpoint_auth_method: 'none' });
}

let docCount = 0;
/** A metadata document listing `uris`, then the authorization request it makes. */
async function authorizeWithDocument(uris: unknown[]) {
  docCount += 1;
  // Signed in afresh: the clock jumps past the registration throttle between rows.
  const b: Browser = await signUpAs(app, `redirects${docCount}@example.com`);
  const path = `/clients/${docCount}.json`;
  const clientId = docBase + path;
  docs.set(path, {
    client_id: clientId,
    client_name: 'Rule test',
    redirect_uris: uris,
    token_endpoint_auth_method: 'none',
  });
  // The URI the attack is about: the last listed (the bad one where a good one precedes).
  const last = uris.at(-1);
  return b.get(
    authorizeUrl({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: typeof last === 'string' ? last : HTTPS,
      state: 's',
      code_challenge: pkce().challenge,
      code_challenge_method: 'S256',
    }),
  );
}

describe('one redirect-URI rule for /oauth/register and metadata documents', () => {
  it.each(refused)(
    'refuses redirect URIs that break the rule $rule, by either path',
    async ({ uris, reason }) => {
      const registered = await register(uris);
      expect(registered.status).toBe(400);
      expect(registered.body.error).toBe('invalid_redirect_uri');
      expect(registered.body.error_description).toMatch(reason);

      const asked = await authorizeWithDocument(uris);
      expect(asked.status).toBe(400);
      expect(asked.headers.location).toBeUndefined();
      expect(asked.text).toContain('This connection cannot go ahead');
      expect(asked.text).toContain(escapeHtml(registered.body.error_description));
      expect(asked.text).not.toContain('name="decision"');
    },
  );

  it.each(accepted)('accepts %s by either path', async (uri) => {
    const registered = await register([uri]);
    expect(registered.status, registered.text).toBe(201);
    expect(registered.body.redirect_uris).toEqual([uri]);

    const asked = await authorizeWithDocument([uri]);
    expect(asked.status, asked.text).toBe(200);
    expect(asked.text).toContain('name="decision" value="allow"');
  });

  it('judges again a document cached before the rule applied to documents', async () => {
    const path = '/clients/cached-before.json';
    const clientId = docBase + path;
    const bad = 'http://attacker.example/cb';
    docs.set(path, {
      client_id: clientId,
      redirect_uris: [bad],
      token_endpoint_auth_method: 'none',
    });
    await testDb.db('oauth_clients').insert({
      id: clientId,
      name: 'Cached',
      secret_hash: null,
      redirect_uris: [bad],
      scopes: ['tasks:read'],
      kind: 'metadata_document',
      created_at: clock.now(),
      metadata_fetched_at: clock.now(),
    });
    const b = await signUpAs(app, 'cached@example.com');
    const asked = await b.get(
      authorizeUrl({
        response_type: 'code',
        client_id: clientId,
        redirect_uri: bad,
        state: 's',
        code_challenge: pkce().challenge,
        code_challenge_method: 'S256',
      }),
    );
    expect(asked.status).toBe(400);
    expect(asked.headers.location).toBeUndefined();
    expect(asked.text).toContain('plain http only on 127.0.0.1');
  });
});
