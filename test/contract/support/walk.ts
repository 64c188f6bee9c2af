import { randomUUID } from 'node:crypto';
import type { CatalogOperation } from '../../../src/contract/catalog.ts';
import type { CallOptions } from './harness.ts';

type Schema = Record<string, unknown>;

/** One planned call: what to send, and whether the contract accepts it. */
export interface Step {
  op: CatalogOperation;
  /** What the call tries, e.g. `example inputs` or `limit=101`. */
  label: string;
  request: CallOptions;
  /** True for a request the contract accepts; false for one made wrong on purpose. */
  valid: boolean;
}

/**
 * A walk through every operation of the catalog, built from the contract alone: for each
 * operation one valid call (its request example, a seeded id, no optional query), then
 * probes that each get one thing wrong. Deletes come last so that every other operation
 * still finds its item. The valid calls use the first seeded id of a parameter and the
 * probes the second, so a probe that is wrongly accepted cannot disturb the valid walk.
 */
export function planWalk(catalog: CatalogOperation[], ids: Map<string, string[]>): Step[] {
  const ordered = [
    ...catalog.filter((op) => op.method !== 'delete'),
    ...catalog.filter((op) => op.method === 'delete'),
  ];
  return ordered.flatMap((op) => [
    { op, label: 'example inputs', request: validRequest(op, ids, 0), valid: true },
    ...probes(op, validRequest(op, ids, 1)),
  ]);
}

function validRequest(op: CatalogOperation, ids: Map<string, string[]>, n: number): CallOptions {
  const request: CallOptions = { path: {}, query: {} };
  for (const p of op.parameters) {
    if (p.in === 'path') {
      const id = ids.get(p.name)?.[n];
      if (!id) throw new Error(`${op.operationId}: no seeded id for path parameter ${p.name}`);
      request.path = { ...request.path, [p.name]: id };
    } else if (p.in === 'query' && p.required) {
      // A required id in the query (getTrend's subject_id) is a seeded one, like a path id.
      const value = ids.get(p.name)?.[n] ?? p.example ?? p.schema.example ?? p.schema.default;
      if (value === undefined) throw new Error(`${op.operationId}: ${p.name} has no example`);
      request.query = { ...request.query, [p.name]: value };
    }
  }
  if (op.body?.example !== undefined) {
    // The harness seeded this very example already: its required text gets a mark, so a
    // name others refer to ("Luna") stays unique, and a suspected duplicate is confirmed
    // where the contract offers that way.
    const body = { ...(op.body.example as Record<string, unknown>) };
    const properties = (op.body.schema.properties ?? {}) as Record<string, { format?: string }>;
    for (const name of (op.body.schema.required ?? []) as string[]) {
      // Text of a format (a URL) stays as it is: marked, it would be no URL.
      if (typeof body[name] === 'string' && !properties[name]?.format) {
        body[name] = `${body[name]} walk`;
      }
    }
    if ('confirm_duplicate' in properties) body.confirm_duplicate = true;
    request.body = body;
  } else if (op.body?.required) throw new Error(`${op.operationId}: the body has no example`);
  return request;
}

/** Requests the contract refuses, each wrong in one way; only those that fit the operation. */
function probes(op: CatalogOperation, base: CallOptions): Step[] {
  const steps: Step[] = [];
  const probe = (label: string, change: Partial<CallOptions>) =>
    steps.push({ op, label, request: { ...base, ...change }, valid: false });

  if (op.security.length > 0) probe('no credentials', { auth: null });
  probe('unknown query parameter', { query: { ...base.query, zz_unknown: '1' } });
  for (const p of op.parameters) {
    const maximum = p.schema.maximum;
    if (p.in === 'query' && typeof maximum === 'number') {
      probe(`${p.name}=${maximum + 1}`, { query: { ...base.query, [p.name]: maximum + 1 } });
    }
    if (p.in === 'path' && p.schema.format === 'uuid') {
      probe(`malformed ${p.name}`, { path: { ...base.path, [p.name]: 'not-a-uuid' } });
      probe(`unknown ${p.name}`, { path: { ...base.path, [p.name]: randomUUID() } });
    }
  }
  if (op.body) {
    const example = (base.body ?? {}) as Schema;
    if (op.body.schema.additionalProperties === false) {
      probe('unknown body property', { body: { ...example, zz_unknown: 'x' } });
    }
    // Not malformed JSON: Prism's own body parser answers that without forwarding it.
    probe('body not an object', { body: [] });
  }
  return steps;
}
