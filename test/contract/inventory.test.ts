import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROOT } from '../../src/http/api-target.ts';
import { NON_API_ROUTES } from '../../src/http/non-api-routes.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Layer {
  name: string;
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

const PASS_THROUGH = new Set(['jsonParser', 'helmetMiddleware']);

/** Every route express would answer, read from its routing table. */
function servedRoutes(stack: Layer[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      return Object.keys(layer.route.methods).map(
        (m) => `${m.toUpperCase()} ${prefix}${layer.route?.path}`,
      );
    }
    const path = layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : '';
    if (layer.handle.stack) return servedRoutes(layer.handle.stack, prefix + path);
    // Middleware mounted on a path may answer everything below it, unless it is one that
    // only parses or sets headers and passes the request on.
    if (path && !PASS_THROUGH.has(layer.name)) {
      return [`${layer.name === 'serveStatic' ? 'GET' : '*'} ${prefix}${path}/*`];
    }
    return [];
  });
}

describe('route inventory (OWASP API9)', () => {
  it('serves exactly the documented non-API routes plus /v1', () => {
    const stack = (t.app.pages as unknown as { router: { stack: Layer[] } }).router.stack;
    // The API is served by its own door (src/http/api-door.ts), express everything else.
    const served = [...new Set([...servedRoutes(stack), `* ${API_ROOT}/*`])].sort();
    const documented = NON_API_ROUTES.map((r) => `${r.method} ${r.path}`).sort();
    expect(served).toEqual(documented);
  });

  it('routes under /v1 nothing but the contract’s operations', async () => {
    const operations = t.contract.backend
      .getOperations()
      .map((op) => op.operationId)
      .sort();
    expect(t.contract.catalog.map((op) => op.operationId).sort()).toEqual(operations);
    for (const path of ['/v1/admin', '/v1/tasks/export', '/v1/../healthz', '/v1/debug/vars']) {
      const res = await t.request.get(path);
      expect([401, 404], path).toContain(res.status);
    }
  });
});
