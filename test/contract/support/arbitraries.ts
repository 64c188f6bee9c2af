import fc from 'fast-check';

type Schema = Record<string, unknown>;

/**
 * Values valid under a JSON Schema (the subset openapi.yaml uses: types and type arrays,
 * enum, const, formats, patterns, lengths, bounds, arrays, objects, anyOf/oneOf), with
 * unicode strings and boundary numbers in the mix.
 */
export function valid(schema: Schema, options: { sparse?: boolean } = {}): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives)
    return fc.oneof(
      ...alternatives.map((s) => valid({ ...without(schema, 'anyOf', 'oneOf'), ...s })),
    );
  if (Array.isArray(schema.type)) {
    return fc.oneof(...(schema.type as string[]).map((type) => valid({ ...schema, type })));
  }
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return integer(schema);
    case 'number':
      return fc.oneof(
        integer(schema),
        fc.double({
          min: num(schema.minimum, -1e6),
          max: num(schema.maximum, 1e6),
          noNaN: true,
          noDefaultInfinity: true,
        }),
      );
    case 'string':
      return string(schema);
    case 'array':
      return array(schema);
    case 'object':
      return object(schema, options.sparse ?? false);
    default:
      return fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

function integer(schema: Schema): fc.Arbitrary<number> {
  const min = num(schema.minimum, -1_000_000);
  const max = num(schema.maximum, 1_000_000);
  return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
}

function string(schema: Schema): fc.Arbitrary<string> {
  const minLength = num(schema.minLength, 0);
  const maxLength = num(schema.maxLength, 300);
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return instant().map((d) => d.toISOString());
    case 'date':
      return instant().map((d) => d.toISOString().slice(0, 10));
  }
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern) : undefined;
  // Filtered up front: a filter no candidate passes would make fast-check spin forever.
  const candidates = trickyStrings(maxLength).filter((s) => !pattern || pattern.test(s));
  const tricky = candidates.length > 0 ? fc.constantFrom(...candidates) : fc.constant('x');
  const text = pattern
    ? candidates.length > 0
      ? fc.oneof(fc.stringMatching(pattern), tricky)
      : fc.stringMatching(pattern)
    : fc.oneof(
        fc.string({ minLength, maxLength: Math.min(maxLength, 40) }),
        fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength, 40) }),
        fc.constantFrom(
          'tomorrow 5pm',
          'next friday',
          'in 3 days',
          'x'.repeat(Math.max(minLength, Math.min(maxLength, 5000))),
        ),
      );
  return text.filter((s) => [...s].length >= minLength && s.length <= maxLength);
}

/** Instants across the whole range JSON Schema allows, year 1 to 9999, edges included. */
function instant(): fc.Arbitrary<Date> {
  const min = new Date('0001-01-01T00:00:00Z');
  const max = new Date('9999-12-31T23:59:59.999Z');
  return fc.oneof(
    {
      arbitrary: fc.date({
        min: new Date('2000-01-01'),
        max: new Date('2100-01-01'),
        noInvalidDate: true,
      }),
      weight: 4,
    },
    fc.date({ min, max, noInvalidDate: true }),
    fc.constantFrom(min, max),
  );
}

/** Strings that break naive code: case mappings that grow, phrases, the longest allowed. */
function trickyStrings(maxLength: number): string[] {
  return [
    'tomorrow 5pm',
    'next friday',
    'in 10000 years',
    'İ'.repeat(maxLength),
    'ß'.repeat(maxLength),
    '👩‍👩‍👧'.repeat(Math.floor(maxLength / 8)),
    'x'.repeat(Math.min(maxLength, 5000)),
  ].filter((s) => s.length > 0 && s.length <= maxLength);
}

function array(schema: Schema): fc.Arbitrary<unknown[]> {
  const items = valid((schema.items ?? {}) as Schema);
  const constraints = {
    minLength: num(schema.minItems, 0),
    maxLength: Math.min(num(schema.maxItems, 5), 5),
  };
  return schema.uniqueItems
    ? fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) })
    : fc.array(items, constraints);
}

function object(schema: Schema, sparse: boolean): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = (schema.required ?? []) as string[];
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) record[name] = valid(property);
  return sparse ? sparseRecord(record, required) : fc.record(record, { requiredKeys: required });
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function without(schema: Schema, ...keys: string[]): Schema {
  const copy = { ...schema };
  for (const key of keys) delete copy[key];
  return copy;
}

/** A value of the wrong JSON type for a schema. */
export function wrongType(schema: Schema): fc.Arbitrary<unknown> {
  const types = new Set(typesOf(schema));
  const candidates: fc.Arbitrary<unknown>[] = [];
  if (!types.has('string')) candidates.push(fc.string({ minLength: 1, maxLength: 5 }));
  if (!types.has('integer') && !types.has('number')) candidates.push(fc.integer());
  if (!types.has('boolean')) candidates.push(fc.boolean());
  if (!types.has('object')) candidates.push(fc.constant({ nested: true }));
  if (!types.has('array')) candidates.push(fc.constant([1, 'two']));
  return fc.oneof(...candidates);
}

function typesOf(schema: Schema): unknown[] {
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) return alternatives.flatMap(typesOf);
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

/**
 * Like fc.record, but each optional key appears a quarter of the time rather than half,
 * so requests mostly exercise one option at a time (and exclusive options rarely meet).
 */
export function sparseRecord(
  shape: Record<string, fc.Arbitrary<unknown>>,
  required: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  const entries: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, arbitrary] of Object.entries(shape)) {
    entries[key] = required.includes(key)
      ? arbitrary
      : fc.oneof({ arbitrary: fc.constant(ABSENT), weight: 3 }, { arbitrary, weight: 1 });
  }
  return fc
    .record(entries)
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ABSENT)));
}

const ABSENT = Symbol('absent');

/**
 * Hostile values for a schema, whatever the operation: text that is not text (NUL, lone
 * surrogates), numbers at the edge of a double, and nesting deeper than any schema has.
 * Each must be refused with a 4xx naming the field, before it reaches a handler.
 */
export function hostile(schema: Schema): fc.Arbitrary<unknown> {
  const types = new Set(typesOf(schema));
  const options: unknown[] = [deeplyNested(64)];
  if (types.has('string') || types.has(undefined)) options.push('a\u0000b', 'x\ud800', '\udc00y');
  if (types.has('integer') || types.has('number')) options.push(1e308, -1e308, 1e300);
  return fc.constantFrom(...options);
}

/** `[[[ … "x" … ]]]`, `depth` arrays deep. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
