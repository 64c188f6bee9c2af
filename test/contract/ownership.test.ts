import { afterAll, describe, expect, it } from 'vitest';
import { ALL_SCOPES, type Scope } from '../../src/auth/principal.ts';
import type { CatalogOperation } from '../../src/contract/catalog.ts';
import { type Harness, startHarness } from './support/harness.ts';

/**
 * The ownership and access matrix, generated from openapi.yaml: path parameters say
 * which operations address one user's rows, list responses say what can leak, and
 * `security` says which scope each operation needs. A new operation joins by itself.
 */
const h: Harness = await startHarness();
afterAll(() => h.close());

const byName = (ops: CatalogOperation[]) => ops.map((op) => [op.operationId, op] as const);
const pathParams = (op: CatalogOperation) => op.parameters.filter((p) => p.in === 'path');
const addressed = h.catalog.filter((op) => pathParams(op).length > 0);
const lists = h.catalog.filter(
  (op) =>
    op.method === 'get' &&
    pathParams(op).length === 0 &&
    Boolean(
      (
        op.responses['200']?.content['application/json']?.schema?.properties as Record<
          string,
          unknown
        >
      )?.items,
    ),
);
const secured = h.catalog.filter((op) => op.security.length > 0);
const aliceIds = () => new Set([...h.aliceIds.values()].flat());

/** The query parameters an operation cannot do without (search's `q`), from their examples. */
function requiredQuery(op: CatalogOperation): Record<string, unknown> {
  return Object.fromEntries(
    op.parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, p.example]),
  );
}

function aliceIdsFor(op: CatalogOperation): Record<string, string> {
  const path: Record<string, string> = {};
  for (const p of pathParams(op)) {
    const own = h.aliceIds.get(p.name);
    if (!own?.length)
      throw new Error(`no seeded ${p.name}: add a create operation with an example`);
    path[p.name] = own[0] as string;
  }
  return path;
}

describe('object-level authorization (R3, OWASP API1)', () => {
  it('has operations to check', () => {
    expect(addressed.length).toBeGreaterThan(0);
    expect(lists.length).toBeGreaterThan(0);
  });

  it.each(byName(addressed))('%s: another user gets 404 for alice’s id', async (_name, op) => {
    const answer = await h.call(op, {
      path: aliceIdsFor(op),
      query: requiredQuery(op),
      body: op.body?.example,
      auth: h.bob.auth,
    });
    expect(answer.status, answer.text).toBe(404);
    expect(answer.body).toMatchObject({ code: 'not_found' });
  });

  it.each(byName(lists))('%s: another user never sees alice’s rows', async (_name, op) => {
    const mine = aliceIds();
    // Every value of every enum filter (e.g. status=all), so no filter opens a door.
    const variants: Record<string, unknown>[] = [{}];
    for (const p of op.parameters.filter((p) => p.in === 'query')) {
      for (const value of (p.schema.enum as unknown[] | undefined) ?? [])
        variants.push({ [p.name]: value });
    }
    for (const query of variants) {
      const answer = await h.call(op, {
        query: { ...requiredQuery(op), ...query, limit: 100 },
        auth: h.bob.auth,
      });
      expect(answer.status, answer.text).toBe(200);
      const ids = ((answer.body as { items: { id: string }[] }).items ?? []).map((item) => item.id);
      expect(
        ids.length,
        `bob has rows of his own for ${JSON.stringify(query)}`,
      ).toBeGreaterThanOrEqual(0);
      for (const id of ids)
        expect(mine.has(id), `${JSON.stringify(query)} shows ${id}`).toBe(false);
    }
  });

  it('leaves alice’s rows untouched after all of that', async () => {
    for (const op of lists) {
      const answer = await h.call(op, { query: { ...requiredQuery(op), limit: 100 } });
      expect(answer.status).toBe(200);
    }
    const getters = addressed.filter((op) => op.method === 'get');
    for (const op of getters) {
      const answer = await h.call(op, { path: aliceIdsFor(op) });
      expect(answer.status, `${op.operationId} ${answer.text}`).toBe(200);
    }
  });
});

describe('authentication and scopes (R2, R6)', () => {
  it.each(byName(secured))('%s: no token → 401 with a Bearer challenge', async (_name, op) => {
    const answer = await h.call(op, { path: aliceIdsFor(op), body: op.body?.example, auth: null });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer .*resource_metadata="/);
    expect(h.violations(op, answer)).toEqual([]);
  });

  it.each(byName(secured))(
    '%s: a token without its scope → 403 insufficient_scope',
    async (_name, op) => {
      // Every scope any of its security requirements names: the outsider has none of them.
      const needed = op.security.flatMap((s) => s.scopes);
      const others = ALL_SCOPES.filter((s) => !needed.includes(s)) as Scope[];
      const outsider = await h.t.createUser({ scopes: others });
      const answer = await h.call(op, {
        path: aliceIdsFor(op),
        body: op.body?.example,
        auth: outsider.auth,
      });
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ code: 'insufficient_scope' });
      expect(answer.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
      expect(h.violations(op, answer)).toEqual([]);
    },
  );
});
