import fc from 'fast-check';
import type { CatalogOperation, CatalogParameter } from '../../../src/contract/catalog.ts';
import { hostile, sparseRecord, valid, wrongType } from './arbitraries.ts';
import type { CallOptions } from './harness.ts';

type Schema = Record<string, unknown>;

/** A request the contract accepts; path ids are the caller's own or random ones. */
export function validRequest(
  op: CatalogOperation,
  ownIds: Map<string, string[]>,
): fc.Arbitrary<CallOptions> {
  const path: Record<string, fc.Arbitrary<string>> = {};
  for (const p of params(op, 'path')) {
    const own = ownIds.get(p.name) ?? [];
    const any = valid(p.schema) as fc.Arbitrary<string>;
    path[p.name] =
      own.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...own), weight: 3 }, any) : any;
  }
  const query: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of params(op, 'query')) query[p.name] = valid(p.schema);
  const requiredQuery = params(op, 'query')
    .filter((p) => p.required)
    .map((p) => p.name);
  const parts: Record<string, fc.Arbitrary<unknown>> = {
    path: fc.record(path),
    query: sparseRecord(query, requiredQuery),
  };
  if (op.body) parts.body = valid(op.body.schema, { sparse: true });
  return fc.record(parts, {
    requiredKeys: op.body?.required ? ['path', 'query', 'body'] : ['path', 'query'],
  }) as fc.Arbitrary<CallOptions>;
}

export interface InvalidRequest {
  request: CallOptions;
  /** The input the request gets wrong; the problem must name it. */
  pointer: string;
  mutation: string;
}

/** A valid request with exactly one thing made wrong, and the pointer to that thing. */
export function invalidRequest(
  op: CatalogOperation,
  ownIds: Map<string, string[]>,
): fc.Arbitrary<InvalidRequest> | undefined {
  const mutations = [...bodyMutations(op), ...parameterMutations(op)];
  if (mutations.length === 0) return undefined;
  return fc
    .tuple(validRequest(op, ownIds), fc.oneof(...mutations))
    .map(([request, mutate]) => mutate(structuredClone(request)));
}

type Mutation = fc.Arbitrary<(request: CallOptions) => InvalidRequest>;

function bodyMutations(op: CatalogOperation): Mutation[] {
  if (!op.body) return [];
  const schema = op.body.schema;
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
  const required = (schema.required ?? []) as string[];
  const body = (r: CallOptions) => (r.body ?? {}) as Record<string, unknown>;
  const mutations: Mutation[] = [
    fc.constantFrom<unknown>([], 'a string', 42, null).map((value) => (r) => ({
      request: { ...r, body: value },
      pointer: '/body',
      mutation: `body is ${JSON.stringify(value)}`,
    })),
  ];
  if (schema.additionalProperties === false) {
    mutations.push(
      fc.constantFrom('zz_unknown', 'user_id', 'created_at').map((name) => (r) => ({
        request: { ...r, body: { ...body(r), [name]: 'x' } },
        pointer: `/body/${name}`,
        mutation: `extra property ${name}`,
      })),
    );
  }
  if (required.length > 0) {
    mutations.push(
      fc.constantFrom(...required).map((name) => (r) => {
        const copy = { ...body(r) };
        delete copy[name];
        return {
          request: { ...r, body: copy },
          pointer: `/body/${name}`,
          mutation: `missing ${name}`,
        };
      }),
    );
  }
  for (const [name, property] of properties) {
    mutations.push(
      hostile(property).map((value) => (r) => ({
        request: { ...r, body: { ...body(r), [name]: value } },
        pointer: `/body/${name}`,
        mutation: `${name} hostile: ${JSON.stringify(value).slice(0, 40)}`,
      })),
    );
    mutations.push(
      wrongType(property).map((value) => (r) => ({
        request: { ...r, body: { ...body(r), [name]: value } },
        pointer: `/body/${name}`,
        mutation: `${name} of the wrong type: ${JSON.stringify(value)}`,
      })),
    );
    const bad = outOfBounds(property);
    if (bad) {
      mutations.push(
        bad.map((value) => (r) => ({
          request: { ...r, body: { ...body(r), [name]: value } },
          pointer: `/body/${name}`,
          mutation: `${name} out of bounds: ${JSON.stringify(value).slice(0, 40)}`,
        })),
      );
    }
  }
  return mutations;
}

function parameterMutations(op: CatalogOperation): Mutation[] {
  const mutations: Mutation[] = [
    fc.constantFrom('zz_unknown', 'access_token').map((name) => (r) => ({
      request: { ...r, query: { ...r.query, [name]: '1' } },
      pointer: `/query/${name}`,
      mutation: `unknown query parameter ${name}`,
    })),
    // Longer than any URL Tend reads: a 414 naming the query, for every operation.
    fc.constant((r: CallOptions) => ({
      request: { ...r, query: { ...r.query, zz_padding: 'x'.repeat(9000) } },
      pointer: '/query',
      mutation: 'a 9 KB query string',
    })),
  ];
  for (const p of params(op, 'path')) {
    mutations.push(
      fc
        .constantFrom('not-a-uuid', '1', 'ünïcödé', "' or 1=1 --", 'x'.repeat(300), 'a\u0000b')
        .map((value) => (r) => ({
          request: { ...r, path: { ...r.path, [p.name]: value } },
          pointer: `/path/${p.name}`,
          mutation: `malformed ${p.name}: ${value.slice(0, 20)}`,
        })),
    );
  }
  for (const p of params(op, 'query')) {
    // URLSearchParams turns lone surrogates into U+FFFD, so only NUL and big numbers get there.
    const types = new Set([p.schema.type].flat());
    const hostileValues: unknown[] = ['a\u0000b'];
    if (types.has('integer') || types.has('number')) hostileValues.push('1e308', '-1e308');
    mutations.push(
      fc.constantFrom(...hostileValues).map((value) => (r) => ({
        request: { ...r, query: { ...r.query, [p.name]: value } },
        pointer: `/query/${p.name}`,
        mutation: `${p.name} hostile: ${JSON.stringify(value)}`,
      })),
    );
    const bad =
      outOfBounds(p.schema) ??
      (p.schema.type === 'string' && !p.schema.enum ? undefined : wrongQueryValue(p.schema));
    if (!bad) continue;
    mutations.push(
      bad.map((value) => (r) => ({
        request: { ...r, query: { ...r.query, [p.name]: value } },
        pointer: `/query/${p.name}`,
        mutation: `${p.name} = ${JSON.stringify(value).slice(0, 40)}`,
      })),
    );
  }
  return mutations;
}

/** Values just past a schema's limits: too long, too big, too small, not in the enum. */
function outOfBounds(schema: Schema): fc.Arbitrary<unknown> | undefined {
  const options: unknown[] = [];
  if (typeof schema.maxLength === 'number') options.push('x'.repeat(schema.maxLength + 1));
  if (typeof schema.maximum === 'number') options.push(schema.maximum + 1);
  if (typeof schema.minimum === 'number') options.push(schema.minimum - 1);
  if (Array.isArray(schema.enum)) options.push('zz-not-an-option');
  if (typeof schema.maxItems === 'number') {
    options.push(Array.from({ length: schema.maxItems + 1 }, (_, i) => `item${i}`));
  }
  return options.length > 0 ? fc.constantFrom(...options) : undefined;
}

/** A query value no coercion can save: words for numbers and booleans. */
function wrongQueryValue(schema: Schema): fc.Arbitrary<unknown> | undefined {
  if (schema.type === 'integer' || schema.type === 'number')
    return fc.constantFrom('many', '1.5e', 'NaN');
  if (schema.type === 'boolean') return fc.constantFrom('maybe', 'yes please');
  if (schema.anyOf || schema.format) return fc.constantFrom('not a date', '2026-13-45');
  return undefined;
}

function params(op: CatalogOperation, where: CatalogParameter['in']): CatalogParameter[] {
  return op.parameters.filter((p) => p.in === where);
}
