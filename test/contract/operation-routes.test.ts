import type { Operation } from 'openapi-backend';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contract/document.ts';
import { compileRoutes, type RouteFound } from '../../src/contract/operation-routes.ts';
import { loadBackend } from '../../src/pipeline/backend.ts';

function op(method: string, path: string): Operation {
  return { method, path, operationId: `${method} ${path}`, responses: {} } as Operation;
}

const routes = compileRoutes(
  [
    op('get', '/subjects/{subject_id}'),
    op('patch', '/subjects/{subject_id}'),
    op('post', '/subjects/find'),
    op('get', '/files/{name}.json'),
    op('get', '/tasks'),
    op('post', '/tasks'),
  ],
  '/v1',
);

function found(method: string, path: string): RouteFound {
  const match = routes.match(method, path);
  if (!match || !('operation' in match)) throw new Error(`${method} ${path} found nothing`);
  return match;
}

describe('the operation routes', () => {
  it('finds the operation with its path parameters as sent', () => {
    const match = found('GET', '/v1/subjects/a%20b');
    expect(match.operation.operationId).toBe('get /subjects/{subject_id}');
    expect(match.rawParams).toEqual({ subject_id: 'a%20b' });
  });

  it('gives a path to its most specific template, whatever the method (405, not a bad id)', () => {
    expect(routes.match('GET', '/v1/subjects/find')).toEqual({ allowed: ['POST'] });
    expect(found('post', '/v1/subjects/find').operation.operationId).toBe('post /subjects/find');
    expect(routes.match('DELETE', '/v1/subjects/x')).toEqual({ allowed: ['GET', 'PATCH'] });
  });

  it('ignores a query string and trailing slashes, and reads literal dots as dots', () => {
    expect(found('get', '/v1/tasks/?limit=2').operation.operationId).toBe('get /tasks');
    expect(found('get', '/v1/files/a.json').rawParams).toEqual({ name: 'a' });
    expect(routes.match('get', '/v1/files/axjson')).toBeUndefined();
  });

  it('knows nothing outside the API root, nor a root that only begins the same', () => {
    expect(routes.match('get', '/tasks')).toBeUndefined();
    expect(routes.match('get', '/v1tasks')).toBeUndefined();
    expect(routes.match('get', '/v1/nothing')).toBeUndefined();
  });

  it("routes every operation of Tend's contract to itself", async () => {
    const backend = await loadBackend(loadContract());
    const operations = backend.getOperations();
    const contractRoutes = compileRoutes(operations, '/v1');
    for (const operation of operations) {
      const path = `/v1${operation.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000')}`;
      const match = contractRoutes.match(operation.method.toUpperCase(), path);
      expect(match && 'operation' in match && match.operation.operationId).toBe(
        operation.operationId,
      );
    }
  });
});
