import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app.ts';
import { fillPath } from './support/harness.ts';

const t = await createTestApp();
const alice = await t.createUser();
afterAll(() => t.close());

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;
const byPath = new Map<string, Set<string>>();
for (const op of t.contract.catalog) {
  byPath.set(op.path, (byPath.get(op.path) ?? new Set()).add(op.method));
}
const cases = [...byPath].flatMap(([path, declared]) =>
  METHODS.filter((m) => !declared.has(m)).map(
    (m) => [m.toUpperCase(), path, [...declared]] as const,
  ),
);
const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe('a method a path does not declare (RFC 9110 §15.5.6)', () => {
  it.each(cases)(
    '%s %s answers 405, not another operation’s answer',
    async (method, path, declared) => {
      const url = fillPath(path, new Proxy({}, { get: () => SOME_ID }));
      const res = await t.request[method.toLowerCase() as 'get'](url)
        .set('Authorization', alice.auth)
        .send({});
      expect(res.status, res.text).toBe(405);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers.allow?.split(', ').sort()).toEqual(
        declared.map((m) => m.toUpperCase()).sort(),
      );
    },
  );

  it('routes GET /v1/subjects/find to no operation: it is a POST', async () => {
    const res = await t.request.get('/v1/subjects/find').set('Authorization', alice.auth);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(res.body.code).toBe('method_not_allowed');
  });
});
