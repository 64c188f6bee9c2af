import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { up as widenChatGptClients } from '../../src/db/migrations/0102-chatgpt-client-scopes.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type Browser, signUpAs } from '../support/browser.ts';
import {
  authorizeAndAllow,
  authorizeUrl,
  basic,
  CHATGPT_CALLBACK,
  makeClient,
} from '../support/oauth.ts';

/**
 * A ChatGPT Action client made before clients got every assistant scope: its person's
 * grant holds the task scopes. Widening the client must not widen the grant; asking for
 * more shows the consent page again.
 */
let t: TestApp;
let b: Browser;
let client: { id: string; secret?: string };

beforeAll(async () => {
  t = await createTestApp();
  b = await signUpAs(t.app, 'gpt-owner@example.com', 'Owner');
  client = await makeClient(t, {
    name: 'My GPT',
    kind: 'chatgpt_action',
    redirectUris: [],
    scopes: ['tasks:read', 'tasks:write'],
  });
});
afterAll(() => t.close());

async function redeem(to: URL) {
  const res = await t.request
    .post('/oauth/token')
    .set('Authorization', basic(client.id, client.secret as string))
    .type('form')
    .send({
      grant_type: 'authorization_code',
      code: to.searchParams.get('code'),
      redirect_uri: CHATGPT_CALLBACK,
    });
  expect(res.status, res.text).toBe(200);
  return res.body as { access_token: string; refresh_token: string; scope: string };
}

const ask = (scope?: string) =>
  b.get(
    authorizeUrl({
      response_type: 'code',
      client_id: client.id,
      redirect_uri: CHATGPT_CALLBACK,
      state: 'st',
      scope,
    }),
  );

describe('a Connect ChatGPT client widened to every assistant scope', () => {
  it('keeps the scopes its grant was given, and shows consent again before any wider token', async () => {
    const old = await redeem(
      await authorizeAndAllow(b, {
        client_id: client.id,
        redirect_uri: CHATGPT_CALLBACK,
        state: 'st',
        scope: 'tasks:read tasks:write',
      }),
    );
    expect(old.scope).toBe('tasks:read tasks:write');

    await widenChatGptClients(t.db);

    // The old refresh token goes on with what was consented to (docs/security.md A16).
    const refreshed = await t.request
      .post('/oauth/token')
      .set('Authorization', basic(client.id, client.secret as string))
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token: old.refresh_token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.scope).toBe('tasks:read tasks:write');
    const records = await t.request
      .get('/v1/records')
      .set('Authorization', `Bearer ${refreshed.body.access_token}`);
    expect(records.status).toBe(403);
    const wider = await t.request
      .post('/oauth/token')
      .set('Authorization', basic(client.id, client.secret as string))
      .type('form')
      .send({
        grant_type: 'refresh_token',
        refresh_token: refreshed.body.refresh_token,
        scope: 'tasks:read records:read',
      });
    expect(wider.body.error).toBe('invalid_scope');

    // What the grant covers still skips consent.
    const covered = await ask('tasks:read');
    expect(covered.status).toBe(303);
    expect(new URL(covered.headers.location as string).searchParams.get('code')).toBeTruthy();

    // More than the grant holds, asked for by name or by leaving scope out: consent again.
    for (const scope of ['tasks:read tasks:write records:read records:write', undefined]) {
      const page = await ask(scope);
      expect(page.status, `scope ${scope}`).toBe(200);
      expect(page.headers.location).toBeUndefined();
      expect(page.text).toContain('See and change your care records, people and pets');
      expect(page.text).toContain('name="decision" value="allow"');
    }
    const grant = await t.db('oauth_grants').where({ client_id: client.id }).first('scopes');
    expect(grant.scopes).toEqual(['tasks:read', 'tasks:write']);

    // Once the person allows, the new token reaches care records.
    const all = await redeem(
      await authorizeAndAllow(b, {
        client_id: client.id,
        redirect_uri: CHATGPT_CALLBACK,
        state: 'st',
      }),
    );
    expect(all.scope).toBe('tasks:read tasks:write records:read records:write');
    const now = await t.request
      .get('/v1/records')
      .set('Authorization', `Bearer ${all.access_token}`);
    expect(now.status).toBe(200);
  });
});
