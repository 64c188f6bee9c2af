import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type Browser, signUpAs } from '../support/browser.ts';
import { makeWidget, widgetSignIn } from '../support/widget.ts';

let t: TestApp;
let b: Browser;
let widgetId: string;
let token: string;
const SITE = 'https://family.example';
const OTHER_SITE = 'https://sitter.example';
const EVIL = 'https://evil.example';

beforeAll(async () => {
  t = await createTestApp();
  b = await signUpAs(t.app, 'cors@example.com', 'Cora');
  widgetId = await makeWidget(b, { name: 'Family', allowed_origins: [SITE] });
  // A second widget, for another site: its site may not use the first widget's token.
  await makeWidget(b, { name: 'Sitter', allowed_origins: [OTHER_SITE] });
  token = (await widgetSignIn(b, widgetId, SITE)).access_token;
});
afterAll(() => t.close());

function noCors(headers: Record<string, string>) {
  expect(headers['access-control-allow-origin']).toBeUndefined();
  expect(headers['access-control-allow-credentials']).toBeUndefined();
  expect(JSON.stringify(headers)).not.toContain('evil');
}

describe('R14: CORS for a widget’s own sites only', () => {
  it('R14: the widget’s site gets Access-Control-Allow-Origin: that site, never credentials', async () => {
    const res = await t.request
      .get('/v1/conversations')
      .set('Origin', SITE)
      .set('Authorization', `Bearer ${token}`);
    expect(res.headers['access-control-allow-origin']).toBe(SITE);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers.vary).toMatch(/origin/i);
  });

  it('R14: an unknown site, or another widget’s site with this token, gets no CORS', async () => {
    for (const origin of [EVIL, OTHER_SITE, 'https://family.example.evil.example', 'null']) {
      const res = await t.request
        .get('/v1/conversations')
        .set('Origin', origin)
        .set('Authorization', `Bearer ${token}`);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });

  it('R14: an API key from the widget’s site gets no CORS: only the widget’s tokens do', async () => {
    const user = await t.createUser({ scopes: ['chat'] });
    const res = await t.request
      .get('/v1/conversations')
      .set('Origin', SITE)
      .set('Authorization', user.auth);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('R14: a preflight for Authorization, Content-Type and Accept is answered to a widget site', async () => {
    const res = await t.request
      .options(`/v1/conversations/${widgetId}/messages`)
      .set('Origin', SITE)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization, content-type, accept');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(SITE);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    const allowed = res.headers['access-control-allow-headers']?.toLowerCase();
    for (const h of ['authorization', 'content-type', 'accept']) expect(allowed).toContain(h);
  });

  it('R14: a preflight from a site no widget names gets no CORS', async () => {
    const res = await t.request
      .options('/v1/conversations')
      .set('Origin', EVIL)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization');
    noCors(res.headers);
  });

  it('R14: the rest of /v1 still sends no CORS, even to a widget’s site with its token', async () => {
    const res = await t.request
      .get('/v1/tasks')
      .set('Origin', SITE)
      .set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('R14: the settings go to the widget’s sites only; another gets a bare "not allowed"', async () => {
    const ok = await t.request.get(`/widget/${widgetId}/settings`).set('Origin', SITE);
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe(SITE);
    expect(ok.body).toMatchObject({ allowed: true, theme: 'light', position: 'bottom-right' });
    expect(ok.body.client_id).toMatch(/^tc_/);

    const refused = await t.request.get(`/widget/${widgetId}/settings`).set('Origin', EVIL);
    expect(refused.status).toBe(403);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(refused.headers['access-control-allow-credentials']).toBeUndefined();
    expect(refused.body).toEqual({
      allowed: false,
      message: 'This site is not allowed to show this chat.',
    });
    const preflight = await t.request
      .options(`/widget/${widgetId}/settings`)
      .set('Origin', EVIL)
      .set('Access-Control-Request-Method', 'GET');
    noCors(preflight.headers);
  });

  it('R14: a site removed from the widget is refused at once', async () => {
    const id = await makeWidget(b, { name: 'Brief', allowed_origins: ['https://brief.example'] });
    const signedIn = await widgetSignIn(b, id, 'https://brief.example');
    const before = await t.request
      .get('/v1/conversations')
      .set('Origin', 'https://brief.example')
      .set('Authorization', `Bearer ${signedIn.access_token}`);
    expect(before.headers['access-control-allow-origin']).toBe('https://brief.example');
    await t
      .db('widgets')
      .where({ id })
      .update({
        allowed_origins: JSON.stringify(['https://elsewhere.example']),
      });
    const after = await t.request
      .get('/v1/conversations')
      .set('Origin', 'https://brief.example')
      .set('Authorization', `Bearer ${signedIn.access_token}`);
    expect(after.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('R14: an expired widget token', () => {
  it('R14: still lets the widget’s site read its 401, to refresh', async () => {
    t.clock.advance(3601_000);
    const res = await t.request
      .get('/v1/conversations')
      .set('Origin', SITE)
      .set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.headers['access-control-allow-origin']).toBe(SITE);
    const evil = await t.request
      .get('/v1/conversations')
      .set('Origin', EVIL)
      .set('Authorization', `Bearer ${token}`);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });
});
