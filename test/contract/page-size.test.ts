import { afterAll, describe, expect, it } from 'vitest';
import type { CatalogOperation } from '../../src/contract/catalog.ts';
import { createItem, type Harness, startHarness } from './support/harness.ts';

/**
 * ChatGPT refuses responses over 100,000 characters. For every list in the contract, fill
 * a page with the largest items its create operation accepts and measure the page at the
 * largest `limit` the contract allows.
 */
const CHATGPT_LIMIT = 100_000;
const h: Harness = await startHarness();
afterAll(() => h.close());

type Schema = Record<string, unknown>;

const lists = h.catalog.filter(
  (op) =>
    op.method === 'get' &&
    !op.parameters.some((p) => p.in === 'path') &&
    op.parameters.some((p) => p.name === 'limit') &&
    // Search lists what the other lists hold; test/search measures its largest page.
    !op.parameters.some((p) => p.in === 'query' && p.required),
);

/**
 * The create operation that fills a list: the POST on its path, or for an assistant list
 * without one (the activity journal, which every write fills) the create of the largest
 * items. Other lists without one (connected apps: made by consenting) have none.
 */
function createFor(list: CatalogOperation): CatalogOperation | undefined {
  const creates = h.catalog.filter(
    (op) => op.method === 'post' && op.body?.example && itemOf(op.path),
  );
  const largest = (op: CatalogOperation) => JSON.stringify(op.body?.schema).length;
  const own = creates.find((op) => op.path === list.path);
  if (own || !list.tags.includes('assistant')) return own;
  return creates.sort((a, b) => largest(b) - largest(a))[0];
}

/** Whether a path is a collection of items (`/v1/tasks` has `/v1/tasks/{task_id}`). */
function itemOf(path: string): boolean {
  return h.catalog.some((op) => op.path.startsWith(`${path}/{`));
}

/** The largest value a property schema allows, as far as a schema says. */
function largest(schema: Schema): unknown {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'string' && typeof schema.maxLength === 'number' && !schema.format && !schema.enum) {
    return 'x'.repeat(schema.maxLength);
  }
  if (type === 'array' && typeof schema.maxItems === 'number') {
    const item = largest((schema.items ?? {}) as Schema);
    if (typeof item !== 'string') return undefined;
    return Array.from({ length: schema.maxItems }, (_, i) => `${i}${item}`.slice(0, item.length));
  }
  return undefined;
}

/** The example body grown property by property, keeping each growth the API accepts. */
async function largestBody(create: CatalogOperation): Promise<Record<string, unknown>> {
  const body = { ...(create.body?.example as Record<string, unknown>) };
  const properties = (create.body?.schema.properties ?? {}) as Record<string, Schema>;
  for (const [name, schema] of Object.entries(properties)) {
    const value = largest(schema);
    if (value === undefined) continue;
    const accepted = await createItem(h, create, h.alice, { ...body, [name]: value }).then(
      () => true,
      () => false,
    );
    if (accepted) body[name] = value;
  }
  return body;
}

/**
 * The longest JSON text a schema allows, or Infinity when it leaves something unbounded.
 * Pessimistic: every character of a string may need escaping as `\u00XX`.
 */
function longestJson(schema: Schema): number {
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) return Math.max(...alternatives.map(longestJson));
  if (Array.isArray(schema.enum))
    return Math.max(...schema.enum.map((v) => JSON.stringify(v).length));
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
  return Math.max(
    ...types.map((type) => {
      if (type === 'null') return 4;
      if (type === 'boolean') return 5;
      if (type === 'integer' || type === 'number') return 24;
      if (type === 'string') {
        if (schema.format === 'uuid') return 38;
        if (schema.format === 'date-time' || schema.format === 'date') return 40;
        return typeof schema.maxLength === 'number' ? schema.maxLength * 6 + 2 : Infinity;
      }
      if (type === 'array') {
        if (typeof schema.maxItems !== 'number') return Infinity;
        return 2 + schema.maxItems * (longestJson((schema.items ?? {}) as Schema) + 1);
      }
      if (type === 'object') {
        const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
        if (schema.additionalProperties !== false) return Infinity;
        return 2 + properties.reduce((sum, [name, p]) => sum + name.length + 4 + longestJson(p), 0);
      }
      return Infinity;
    }),
  );
}

describe('the largest page of every list', () => {
  it('has lists to measure', () => expect(lists.length).toBeGreaterThan(0));

  // A list nothing in the contract creates (connected apps: made by consenting) cannot be
  // filled through the API; its schema must bound the page instead.
  it.each(lists.filter((op) => !createFor(op)).map((op) => [op.operationId, op] as const))(
    '%s cannot exceed 100,000 characters by its schema',
    (_name, list) => {
      const limit = list.parameters.find((p) => p.name === 'limit')?.schema.maximum as number;
      const page = list.responses['200']?.content['application/json']?.schema as Schema;
      const items = (page.properties as Record<string, Schema>).items as Schema;
      const item = longestJson(items.items as Schema);
      expect(item, 'every string in an item needs a maxLength or format').toBeLessThan(Infinity);
      expect(limit * (item + 1) + 1000).toBeLessThan(CHATGPT_LIMIT);
    },
  );

  it.each(lists.filter((op) => createFor(op)).map((op) => [op.operationId, op] as const))(
    '%s stays under 100,000 characters',
    async (_name, list) => {
      const create = createFor(list);
      const limit = list.parameters.find((p) => p.name === 'limit')?.schema.maximum as number;
      // Alice has one of everything an example may refer to ("subject": "Luna").
      const body = await largestBody(create as CatalogOperation);
      for (let i = 0; i <= limit; i++) {
        await createItem(h, create as CatalogOperation, h.alice, body);
      }
      const page = await h.call(list, { query: { limit } });
      expect(page.status).toBe(200);
      expect(page.text.length).toBeLessThan(CHATGPT_LIMIT);
      expect((page.body as { next_cursor: string | null }).next_cursor).not.toBeNull();
    },
    120_000,
  );
});
