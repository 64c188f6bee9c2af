type Schema = Record<string, unknown>;

/**
 * Tool schemas are sent to the model in every conversation, so they are cut down from the
 * contract's — and written in JSON Schema 2020-12 alone, since MCP declares that dialect
 * for tool schemas (OpenAPI's `example`, `nullable` and `x-…` are not JSON Schema).
 */

/**
 * Keywords an input schema keeps; everything else is dropped. `pattern`, `minLength` and
 * `maxLength` go too: the contract still checks them and names the field when a call breaks one.
 */
const VALIDATION = new Set([
  'type',
  'enum',
  'const',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'default',
  'required',
  'additionalProperties',
]);
const APPLICATORS = ['oneOf', 'anyOf', 'allOf'] as const;

/**
 * An input schema: the contract's, with a description only where the model picks an
 * argument (a property of the arguments object), not on every nested item.
 */
export function inputToolSchema(schema: Schema, depth = 0): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    // An id's description says where it comes from, and a date's description its form:
    // `uuid` and `date` add nothing for the model. Bounds past any real value (guards
    // against overflow) say nothing to it either.
    if (key === 'format' && value === 'uuid') continue;
    if (key === 'format' && (value === 'date' || value === 'date-time') && depth > 0) continue;
    if ((key === 'minimum' || key === 'maximum') && Math.abs(Number(value)) >= 1e9) continue;
    if (VALIDATION.has(key)) out[key] = value;
    else if (key === 'description' && depth === 1) out[key] = value;
    else if (key === 'properties' && isObject(value)) out[key] = mapValues(value, depth + 1);
    else if (key === 'items' && isObject(value)) out[key] = inputToolSchema(value, depth + 1);
    else if ((APPLICATORS as readonly string[]).includes(key) && Array.isArray(value))
      out[key] = value.map((s: Schema) => inputToolSchema(s, depth + 1));
  }
  if (isObject(out.additionalProperties))
    out.additionalProperties = inputToolSchema(out.additionalProperties, depth + 1);
  // Alternatives of one type (a date or a date-time) read as that type; the description
  // says which forms are taken.
  for (const key of APPLICATORS) {
    const alternatives = out[key] as Schema[] | undefined;
    if (!alternatives || out.type !== undefined) continue;
    const types = new Set(alternatives.map((s) => JSON.stringify(s.type)));
    if (
      types.size === 1 &&
      alternatives.every((s) => Object.keys(s).every((k) => k === 'type' || k === 'format'))
    ) {
      delete out[key];
      out.type = alternatives[0]?.type;
    }
  }
  return out;
}

/**
 * Arguments only a Custom GPT Action fills: ChatGPT puts the conversation's files there
 * (docs/clients.md). An MCP client has no such links, so its tools do not offer them.
 */
const ACTION_ONLY_ARGUMENTS = new Set(['openaiFileIdRefs']);

function mapValues(properties: Record<string, unknown>, depth: number): Schema {
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([name]) => depth !== 1 || !ACTION_ONLY_ARGUMENTS.has(name))
      .map(([name, s]) => [name, inputToolSchema(s as Schema, depth)]),
  );
}

/** Shapes already spelled out, by their JSON, with the tool that spells them. */
export type KnownShapes = Map<string, string>;

/**
 * An output schema: the shape of the success body — its fields and the fields of its list
 * items — with types only. Deeper values are typed but not spelled out, and a union
 * (activity's before/after, one per kind of item) becomes the union of its types. An item
 * spelled out by another tool (a task, as getTask returns it) is named, not repeated. Looser
 * than the contract, never stricter: every real body still validates, and the contract
 * itself checks each response on its way out.
 */
export function outputToolSchema(
  schema: Schema,
  known: KnownShapes = new Map(),
  tool = '',
  spell = true,
): Schema {
  const type = typeOf(schema);
  const out: Schema = type.length === 1 ? { type: type[0] } : type.length > 1 ? { type } : {};
  if (!spell || !type.includes('object') || !isObject(schema.properties)) return out;
  out.properties = Object.fromEntries(
    Object.entries(schema.properties).map(([name, s]) => {
      const field = s as Schema;
      // A list's items are spelled out once more; any other nested value is only typed.
      if (!typeOf(field).includes('array') || !isObject(field.items))
        return [name, outputToolSchema(field, known, tool, false)];
      const items = namesOnly(outputToolSchema(field.items, known, tool, true));
      return [name, { ...outputToolSchema(field, known, tool, false), items }];
    }),
  );
  const owner = known.get(JSON.stringify(out));
  if (owner !== undefined && owner !== tool)
    return { type: out.type, description: `As ${owner} returns it.` };
  return out;
}

/**
 * A list item's fields by name alone: the names say what each holds, the values are in the
 * result itself, and types on every field of every list cost the model more than they tell.
 */
function namesOnly(item: Schema): Schema {
  if (!isObject(item.properties)) return item;
  return {
    ...item,
    properties: Object.fromEntries(Object.keys(item.properties).map((n) => [n, {}])),
  };
}

/** The JSON types a schema admits, through unions and enums; [] means any. */
function typeOf(schema: Schema): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type as string[];
  for (const key of APPLICATORS) {
    const alternatives = schema[key];
    if (!Array.isArray(alternatives)) continue;
    const types = alternatives.map((s: Schema) => typeOf(s));
    if (types.some((t) => t.length === 0)) return [];
    const all = [...new Set(types.flat())];
    // allOf narrows rather than widens; its first typed member is enough for a shape.
    return key === 'allOf' ? (types.find((t) => t.length > 0) ?? []) : all;
  }
  if (Array.isArray(schema.enum)) {
    const kinds = new Set(schema.enum.map((v) => (v === null ? 'null' : typeof v)));
    return [...kinds];
  }
  return [];
}

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
