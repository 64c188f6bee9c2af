import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../src/auth/principal.ts';
import type { CatalogOperation } from '../../src/contract/catalog.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type Browser, csrfTokenOf, signUpAs } from '../support/browser.ts';
import { authorizeAndAllow, basic, makeClient } from '../support/oauth.ts';

/**
 * docs/security.md R6 (OWASP API5): account operations need the `account` scope, which a web
 * session has and nothing else gives for free; keys and OAuth tokens get exactly their
 * scopes. The operations come from openapi.yaml, so a new account operation joins itself.
 */
let t: TestApp;
let b: Browser;
let csrf: string;
const credentials: Record<string, string> = {};
const REDIRECT = 'https://app.example/callback';
const ASSISTANT_SCOPES: Scope[] = ['tasks:read', 'tasks:write', 'records:read', 'records:write'];

async function oauthToken(scope: string): Promise<string> {
  const client = await makeClient(t, {
    name: `Scoped ${scope}`,
    redirectUris: [REDIRECT],
    scopes: [...ASSISTANT_SCOPES, 'account'],
  });
  const to = await authorizeAndAllow(b, {
    client_id: client.id,
    redirect_uri: REDIRECT,
    state: 's',
    scope,
  });
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
  expect(res.body.scope).toBe(scope);
  return `Bearer ${res.body.access_token}`;
}

beforeAll(async () => {
  t = await createTestApp();
  b = await signUpAs(t.app, 'scopes@example.com', 'Scoped');
  csrf = csrfTokenOf((await b.get('/account')).text);
  credentials.keyWithout = (await t.createUser({ scopes: ASSISTANT_SCOPES })).auth;
  credentials.keyWith = (await t.createUser({ scopes: ['account'] })).auth;
  credentials.oauthWithout = await oauthToken(ASSISTANT_SCOPES.join(' '));
  credentials.oauthWith = await oauthToken('account');
});
afterAll(() => t.close());

const accountOperations = () => t.contract.catalog.filter((op) => op.tags.includes('account'));
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

function call(op: CatalogOperation, auth: { bearer?: string; session?: boolean }) {
  const path = op.path.replace(/\{[^}]+\}/g, UNKNOWN_ID);
  const method = op.method.toLowerCase() as 'get' | 'post' | 'delete';
  const client = auth.session ? b : t.request;
  let req = client[method](path);
  if (auth.bearer) req = req.set('Authorization', auth.bearer);
  if (auth.session && method !== 'get') req = req.set('X-CSRF-Token', csrf);
  return op.body ? req.send(op.body.example as object) : req;
}

describe('R6: account operations need the account scope (OWASP API5)', () => {
  it('the contract has account operations, none of them for an assistant', () => {
    const ops = accountOperations();
    expect(ops.length).toBeGreaterThanOrEqual(6);
    for (const op of ops) {
      expect(op.tags, op.operationId).not.toContain('assistant');
      for (const s of op.security) expect(s.scopes, op.operationId).toEqual(['account']);
    }
  });

  const refused = [
    { name: 'an API key with every scope but account', credential: 'keyWithout' },
    { name: 'an OAuth token with every scope but account', credential: 'oauthWithout' },
  ];
  const allowed = [
    { name: 'an API key with the account scope alone', credential: 'keyWith' },
    { name: 'an OAuth token granted the account scope', credential: 'oauthWith' },
  ];

  it.each(refused)(
    'R6: $name gets 403 insufficient_scope on every account operation',
    async ({ credential }) => {
      for (const op of accountOperations()) {
        const res = await call(op, { bearer: credentials[credential] });
        expect(res.status, `${op.operationId}: ${res.text}`).toBe(403);
        expect(res.body.code, op.operationId).toBe('insufficient_scope');
        expect(res.headers['www-authenticate']).toBe(
          'Bearer error="insufficient_scope", scope="account"',
        );
      }
    },
  );

  it.each(allowed)('R6: $name may call every account operation', async ({ credential }) => {
    for (const op of accountOperations()) {
      const res = await call(op, { bearer: credentials[credential] });
      expect([401, 403], `${op.operationId}: ${res.status} ${res.text}`).not.toContain(res.status);
      expect(res.status, op.operationId).toBeLessThan(500);
    }
  });

  it('R6: a web session counts as the account scope on every account operation', async () => {
    for (const op of accountOperations()) {
      const res = await call(op, { session: true });
      expect([401, 403], `${op.operationId}: ${res.status} ${res.text}`).not.toContain(res.status);
      expect(res.status, op.operationId).toBeLessThan(500);
    }
  });

  it('R6: a key or token gets exactly its scopes: account alone opens no assistant operation', async () => {
    for (const credential of ['keyWith', 'oauthWith']) {
      const res = await t.request
        .get('/v1/tasks')
        .set('Authorization', credentials[credential] as string);
      expect(res.status, credential).toBe(403);
      expect(res.body.code).toBe('insufficient_scope');
    }
  });

  it('R6: a web session opens no assistant operation', async () => {
    const res = await b.get('/v1/tasks');
    expect(res.status).toBe(401);
    const write = await b.post('/v1/tasks').set('X-CSRF-Token', csrf).send({ title: 'Nope' });
    expect(write.status).toBe(401);
  });

  it('R6: a bearer token is judged alone, even when a session cookie comes with it', async () => {
    const res = await b.get('/v1/account').set('Authorization', credentials.keyWithout as string);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('insufficient_scope');
  });
});
