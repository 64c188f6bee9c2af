import { afterAll, describe, expect, it } from 'vitest';
import { NON_API_ROUTES } from '../../src/http/non-api-routes.ts';
import { createTestApp } from '../support/app.ts';

const t = await createTestApp();
const alice = await t.createUser();
afterAll(() => t.close());

const SAMPLE_IDS: Record<string, string> = {
  token: 'not-a-feed-token',
  clientId: '00000000-0000-4000-8000-000000000000',
  grantId: '00000000-0000-4000-8000-000000000000',
  keyId: '00000000-0000-4000-8000-000000000000',
};

/** A concrete URL for a documented route: parameters filled, `*` made a real asset. */
function concrete(path: string): string {
  return path
    .replace(/:([A-Za-z]+)/g, (_, name: string) => SAMPLE_IDS[name] ?? 'x')
    .replace('/docs/assets/*', '/docs/assets/swagger-ui.css')
    .replace(/\/\*$/, '/anything');
}

describe('Cache-Control on every response (OWASP API8)', () => {
  it.each(NON_API_ROUTES.map((r) => [r.method, r.path] as const))(
    '%s %s says how it may be cached',
    async (method, path) => {
      const url = concrete(path);
      const res =
        method === 'POST'
          ? await t.request.post(url).type('form').send({})
          : method === '*'
            ? await t.request.get(url)
            : await t.request.get(url);
      expect(res.headers['cache-control'], `${method} ${url} → ${res.status}`).toMatch(
        /no-store|no-cache|max-age=\d+/,
      );
    },
  );

  it('keeps /docs, errors and unknown paths out of caches', async () => {
    for (const url of ['/docs', '/nowhere', '/v1/nowhere', '/.well-known/nothing']) {
      const res = await t.request.get(url);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it.each([
    ['GET', '/v1/tasks'],
    ['POST', '/v1/tasks'],
    ['GET', '/v1/overview'],
    ['GET', '/v1/subjects'],
    ['GET', '/v1/records'],
    ['GET', '/v1/search?q=x'],
  ])('%s %s is never stored, with or without credentials', async (method, url) => {
    for (const auth of [alice.auth, undefined]) {
      const req = method === 'POST' ? t.request.post(url).send({ title: 'x' }) : t.request.get(url);
      const res = auth ? await req.set('Authorization', auth) : await req;
      expect(res.headers['cache-control'], `${method} ${url} → ${res.status}`).toBe('no-store');
    }
  });
});
