import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
const EVIL = 'https://evil.example';

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const open = [
  { method: 'POST', path: '/oauth/token' },
  { method: 'POST', path: '/oauth/revoke' },
  { method: 'POST', path: '/oauth/register' },
  { method: 'GET', path: '/.well-known/oauth-authorization-server' },
  { method: 'GET', path: '/.well-known/oauth-protected-resource' },
  { method: 'GET', path: '/.well-known/oauth-protected-resource/mcp' },
];

describe('R8: CORS for browser-based OAuth clients, never with credentials', () => {
  it.each(open)(
    'R8: a preflight for $method $path is answered for any origin, no credentials',
    async ({ method, path }) => {
      const res = await t.request
        .options(path)
        .set('Origin', EVIL)
        .set('Access-Control-Request-Method', method)
        .set('Access-Control-Request-Headers', 'content-type, authorization');
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(res.headers['access-control-allow-methods']).toContain(method);
      expect(res.headers['access-control-allow-headers']?.toLowerCase()).toContain('content-type');
    },
  );

  it.each(open)(
    'R8: $method $path answers with Access-Control-Allow-Origin *, never the origin',
    async ({ method, path }) => {
      const req =
        method === 'GET' ? t.request.get(path) : t.request.post(path).type('form').send({});
      const res = await req.set('Origin', EVIL);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(JSON.stringify(res.headers)).not.toContain(EVIL);
    },
  );

  const closed = [
    { method: 'GET', path: '/v1/tasks' },
    { method: 'GET', path: '/v1/account' },
    { method: 'POST', path: '/mcp' },
    { method: 'GET', path: '/account' },
    { method: 'GET', path: '/signin' },
    { method: 'GET', path: '/oauth/authorize' },
  ];
  it.each(closed)(
    'R8: $method $path sends no CORS headers, not even to a preflight',
    async ({ method, path }) => {
      const req = method === 'GET' ? t.request.get(path) : t.request.post(path).send({});
      const res = await req.set('Origin', EVIL);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await t.request
        .options(path)
        .set('Origin', EVIL)
        .set('Access-Control-Request-Method', method);
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    },
  );
});
