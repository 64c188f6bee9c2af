/**
 * Tend's own contract rules, on top of `redocly lint`: what ChatGPT's Actions import
 * enforces (docs/clients.md) and what docs/design.md §2 asks of a contract that a model reads word
 * by word. Pure: it takes any parsed OpenAPI 3.0/3.1 document and reads nothing else.
 * Locations are JSON Pointers (`#/paths/~1tasks/get`), at the object's definition when
 * it is reached through a local `$ref`, so a shared component is reported once.
 */
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../../src/contract/ajv.ts';

export interface Violation {
  rule: string;
  where: string;
  message: string;
}

type Finding = Omit<Violation, 'rule'>;
type Rule = (contract: Contract) => Finding[];
type Json = Record<string, unknown>;

interface Located {
  at: string;
  node: Json;
}

interface Operation extends Located {
  method: string;
  name: string;
}

/** Every object a rule looks at, each once, found by walking the document. */
interface Contract {
  document: Json;
  operations: Operation[];
  parameters: Located[];
  requestBodies: Located[];
  responses: Located[];
  headers: Located[];
  namedSchemas: Located[];
  /** Every schema node: named, inline, and nested in either. */
  schemas: Located[];
}

export function checkContract(document: object): Violation[] {
  const contract = indexContract(document as Json);
  return Object.entries(RULES).flatMap(([rule, check]) =>
    check(contract).map((finding) => ({ rule, ...finding })),
  );
}

// --- Walking the document --------------------------------------------------------------

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

function indexContract(document: Json): Contract {
  const contract: Contract = {
    document,
    operations: [],
    parameters: [],
    requestBodies: [],
    responses: [],
    headers: [],
    namedSchemas: [],
    schemas: [],
  };
  const seen = new Set<object>();
  const add = (list: Located[], node: unknown, at: string) => {
    const found = deref(document, node, at);
    if (!found || seen.has(found.node)) return;
    seen.add(found.node);
    list.push(found);
  };

  for (const [path, rawItem] of entries(document.paths)) {
    const item = deref(document, rawItem, child('#/paths', path));
    if (!item) continue;
    for (const [i, p] of list(item.node.parameters)) {
      add(contract.parameters, p, child(item.at, 'parameters', i));
    }
    for (const method of METHODS) {
      const node = item.node[method];
      if (!isObject(node)) continue;
      const at = child(item.at, method);
      contract.operations.push({ at, node, method, name: `${method.toUpperCase()} ${path}` });
      for (const [i, p] of list(node.parameters)) {
        add(contract.parameters, p, child(at, 'parameters', i));
      }
      if (node.requestBody) add(contract.requestBodies, node.requestBody, child(at, 'requestBody'));
      for (const [status, r] of entries(node.responses)) {
        add(contract.responses, r, child(at, 'responses', status));
      }
    }
  }

  const components = isObject(document.components) ? document.components : {};
  const sections = [
    ['parameters', contract.parameters],
    ['requestBodies', contract.requestBodies],
    ['responses', contract.responses],
    ['headers', contract.headers],
  ] as const;
  for (const [section, found] of sections) {
    for (const [name, node] of entries(components[section])) {
      add(found, node, child('#/components', section, name));
    }
  }
  for (const response of [...contract.responses]) {
    for (const [name, h] of entries(response.node.headers)) {
      add(contract.headers, h, child(response.at, 'headers', name));
    }
  }

  const seenSchemas = new Set<object>();
  const walk = (schema: unknown, at: string) =>
    walkSchema(schema, at, seenSchemas, contract.schemas);
  for (const [name, schema] of entries(components.schemas)) {
    const at = child('#/components/schemas', name);
    if (isObject(schema)) contract.namedSchemas.push({ at, node: schema });
    walk(schema, at);
  }
  for (const holder of [...contract.parameters, ...contract.headers, ...mediaTypes(contract)]) {
    walk(holder.node.schema, child(holder.at, 'schema'));
  }
  return contract;
}

const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_ONES = ['items', 'additionalProperties', 'not'];

/** Visits a schema and its subschemas, not following `$ref`: targets are walked where defined. */
function walkSchema(schema: unknown, at: string, seen: Set<object>, found: Located[]): void {
  if (!isObject(schema) || seen.has(schema)) return;
  seen.add(schema);
  found.push({ at, node: schema });
  for (const key of SCHEMA_MAPS) {
    for (const [name, sub] of entries(schema[key]))
      walkSchema(sub, child(at, key, name), seen, found);
  }
  for (const key of SCHEMA_LISTS) {
    for (const [i, sub] of list(schema[key])) walkSchema(sub, child(at, key, i), seen, found);
  }
  for (const key of SCHEMA_ONES) {
    const sub = schema[key];
    if (Array.isArray(sub)) {
      for (const [i, item] of list(sub)) walkSchema(item, child(at, key, i), seen, found);
    } else walkSchema(sub, child(at, key), seen, found);
  }
}

/** Follows local `$ref`s to the object they name; undefined if external, broken or circular. */
function deref(document: Json, node: unknown, at: string): Located | undefined {
  const followed = new Set<string>();
  let current = node;
  let where = at;
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#') || followed.has(ref)) return undefined;
    followed.add(ref);
    const keys = ref.split('/').slice(1).map(unescapeRefKey);
    current = keys.reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null ? (value as Json)[key] : undefined,
      document,
    );
    where = child('#', ...keys);
  }
  return isObject(current) ? { at: where, node: current } : undefined;
}

/** The media types of every parameter, header, request body and response. */
function mediaTypes(contract: Contract): Located[] {
  const { parameters, headers, requestBodies, responses } = contract;
  return [...parameters, ...headers, ...requestBodies, ...responses].flatMap(contentOf);
}

function contentOf(holder: Located): Located[] {
  return entries(holder.node.content)
    .filter((entry): entry is [string, Json] => isObject(entry[1]))
    .map(([type, media]) => ({ at: child(holder.at, 'content', type), node: media }));
}

/** A `$ref` fragment is a JSON Pointer: percent-decode, then unescape (RFC 6901 §3, §6). */
function unescapeRefKey(key: string): string {
  let decoded = key;
  try {
    decoded = decodeURIComponent(key);
  } catch {}
  return decoded.replaceAll('~1', '/').replaceAll('~0', '~');
}

function child(at: string, ...keys: (string | number)[]): string {
  return (
    at + keys.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')
  );
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

function list(value: unknown): [number, unknown][] {
  return Array.isArray(value) ? value.map((item, i) => [i, item]) : [];
}

/** Why a text fails its limit, or undefined. Counts code points, as a reader would. */
function textProblem(text: unknown, what: string, max: number): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return `has no ${what}`;
  const length = [...text].length;
  return length > max ? `${what} is ${length} characters (max ${max})` : undefined;
}

function hasSchemaExample(schema: Json): boolean {
  return 'example' in schema || (Array.isArray(schema.examples) && schema.examples.length > 0);
}

function hasMediaExample(holder: Json): boolean {
  return 'example' in holder || entries(holder.examples).length > 0;
}

/** A schema's `example` and `examples` (an array in JSON Schema), each with its location. */
function schemaExamples(schema: Located): [string, unknown][] {
  const found: [string, unknown][] = [];
  if ('example' in schema.node) found.push([child(schema.at, 'example'), schema.node.example]);
  for (const [i, value] of list(schema.node.examples)) {
    found.push([child(schema.at, 'examples', i), value]);
  }
  return found;
}

/** A parameter's, header's or media type's `example` and `examples` (a map of Example Objects). */
function holderExamples(document: Json, holder: Located): [string, unknown][] {
  const found: [string, unknown][] = [];
  if ('example' in holder.node) found.push([child(holder.at, 'example'), holder.node.example]);
  for (const [name, raw] of entries(holder.node.examples)) {
    const example = deref(document, raw, child(holder.at, 'examples', name));
    if (example && 'value' in example.node) {
      found.push([child(holder.at, 'examples', name), example.node.value]);
    }
  }
  return found;
}

/**
 * Validates values against the schema at a location in the document. The whole document
 * is registered with Ajv as `contract`, so a schema anywhere in it compiles as a `$ref`
 * to its pointer and its own `#/components/...` refs resolve against the document.
 */
function exampleValidator(
  document: Json,
): (schemaAt: string, value: unknown) => string | undefined {
  const ajv = createAjv({ logger: false });
  ajv.addSchema(asJsonSchema2020(document), 'contract', undefined, false);
  const compiled = new Map<string, ValidateFunction | string>();
  return (schemaAt, value) => {
    let validate = compiled.get(schemaAt);
    if (validate === undefined) {
      try {
        validate = ajv.compile({
          $ref: `contract#${schemaAt.slice(1).split('/').map(encodeURIComponent).join('/')}`,
        });
      } catch (error) {
        validate = `its schema does not compile: ${(error as Error).message}`;
      }
      compiled.set(schemaAt, validate);
    }
    if (typeof validate === 'string') return validate;
    if (validate(value)) return undefined;
    const errors = ajv.errorsText(validate.errors, { dataVar: 'example', separator: '; ' });
    return `example does not match its schema: ${errors}`;
  };
}

/**
 * OpenAPI 3.0 schemas are an older dialect: `nullable` and boolean `exclusiveMinimum`/
 * `exclusiveMaximum` mean something else to Ajv 2020, so a copy is rewritten in place
 * (same pointers). `nullable` without `type` adds nothing, as OpenAPI 3.0.3 clarifies.
 */
function asJsonSchema2020(document: Json): Json {
  if (!String(document.openapi).startsWith('3.0')) return document;
  const copy = structuredClone(document);
  for (const { node } of indexContract(copy).schemas) {
    if (node.nullable === true && typeof node.type === 'string') node.type = [node.type, 'null'];
    delete node.nullable;
    for (const [flag, bound] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      if (node[flag] === true) {
        node[flag] = node[bound];
        delete node[bound];
      } else if (node[flag] === false) delete node[flag];
    }
  }
  return copy;
}

// --- Rules -------------------------------------------------------------------------------

/** ChatGPT's Actions need it (docs/clients.md); handlers and tools are keyed by it (docs/design.md §1). */
function operationHasId(contract: Contract): Finding[] {
  return contract.operations
    .filter((op) => typeof op.node.operationId !== 'string' || op.node.operationId.trim() === '')
    .map((op) => ({ where: op.at, message: `${op.name} has no operationId` }));
}

/** docs/design.md §2: summary ≤ 80 characters. */
function operationSummaryLength(contract: Contract): Finding[] {
  return contract.operations.flatMap((op) => {
    const problem = textProblem(op.node.summary, 'summary', 80);
    return problem ? [{ where: op.at, message: `${op.name} ${problem}` }] : [];
  });
}

/** ChatGPT's Actions cap an operation description at 300 characters (docs/clients.md, docs/design.md §2). */
function operationDescriptionLength(contract: Contract): Finding[] {
  return contract.operations.flatMap((op) => {
    const problem = textProblem(op.node.description, 'description', 300);
    return problem ? [{ where: op.at, message: `${op.name} ${problem}` }] : [];
  });
}

/** ChatGPT's Actions cap a parameter description at 700 characters (docs/clients.md, docs/design.md §2). */
function parameterDescriptionLength(contract: Contract): Finding[] {
  return contract.parameters.flatMap((parameter) => {
    const problem = textProblem(parameter.node.description, 'description', 700);
    const name = String(parameter.node.name ?? '?');
    return problem ? [{ where: parameter.at, message: `parameter ${name} ${problem}` }] : [];
  });
}

/**
 * docs/design.md §2: every property has a description ≤ 700 characters (ChatGPT's parameter
 * limit, applied to what the model reads about each field). A bare `$ref` borrows the
 * description of the schema it names.
 */
function propertyDescriptionLength(contract: Contract): Finding[] {
  return contract.schemas.flatMap((schema) =>
    entries(schema.node.properties).flatMap(([name, property]) => {
      const at = child(schema.at, 'properties', name);
      const node = isObject(property) ? property : {};
      const description = node.description ?? deref(contract.document, node, at)?.node.description;
      const problem = textProblem(description, 'description', 700);
      return problem ? [{ where: at, message: `property ${name} ${problem}` }] : [];
    }),
  );
}

/** docs/design.md §2: every schema has an example; Prism serves them as the mock. */
function namedSchemaHasExample(contract: Contract): Finding[] {
  return contract.namedSchemas
    .filter((schema) => !hasSchemaExample(schema.node))
    .map((schema) => ({ where: schema.at, message: 'schema has no example' }));
}

/** docs/design.md §2: every response has an example, on the media type or on the schema it uses. */
function responseHasExample(contract: Contract): Finding[] {
  return contract.responses.flatMap(contentOf).flatMap((media) => {
    if (hasMediaExample(media.node)) return [];
    const schema = deref(contract.document, media.node.schema, child(media.at, 'schema'));
    if (schema && hasSchemaExample(schema.node)) return [];
    return [{ where: media.at, message: 'response has no example on its media type or schema' }];
  });
}

/** An example that breaks its own schema teaches the model (and Prism's mock) the wrong shape. */
function exampleMatchesSchema(contract: Contract): Finding[] {
  const validate = exampleValidator(contract.document);
  const findings: Finding[] = [];
  const check = (where: string, value: unknown, schemaAt: string) => {
    const problem = validate(schemaAt, value);
    if (problem) findings.push({ where, message: problem });
  };
  for (const schema of contract.schemas) {
    for (const [where, value] of schemaExamples(schema)) check(where, value, schema.at);
  }
  for (const holder of [...contract.parameters, ...contract.headers, ...mediaTypes(contract)]) {
    if (!('schema' in holder.node)) continue;
    for (const [where, value] of holderExamples(contract.document, holder)) {
      check(where, value, child(holder.at, 'schema'));
    }
  }
  return findings;
}

const WORD = /^[a-z][a-z0-9_:.-]*$/i;

/** docs/design.md §2: enums are words (`vaccination`, not `3`); `null` only marks one nullable. */
function enumValuesAreWords(contract: Contract): Finding[] {
  return contract.schemas.flatMap((schema) =>
    list(schema.node.enum)
      .filter(([, value]) => value !== null && !(typeof value === 'string' && WORD.test(value)))
      .map(([i, value]) => ({
        where: child(schema.at, 'enum', i),
        message: `enum value ${JSON.stringify(value)} is not a word`,
      })),
  );
}

const MAX_ASSISTANT_OPERATIONS = 30;

/** docs/design.md §1: models pick tools worse from long lists. */
function assistantOperationCount(contract: Contract): Finding[] {
  const count = contract.operations.filter(
    (op) => Array.isArray(op.node.tags) && op.node.tags.includes('assistant'),
  ).length;
  if (count <= MAX_ASSISTANT_OPERATIONS) return [];
  return [
    {
      where: '#/paths',
      message: `${count} operations are tagged assistant (max ${MAX_ASSISTANT_OPERATIONS})`,
    },
  ];
}

/** Absent, ChatGPT asks before every write (docs/clients.md); docs/design.md §2 has each write decide. */
function writeStatesConsequential(contract: Contract): Finding[] {
  return contract.operations
    .filter((op) => WRITE_METHODS.has(op.method))
    .filter((op) => typeof op.node['x-openai-isConsequential'] !== 'boolean')
    .map((op) => ({
      where: op.at,
      message: `${op.name} does not set x-openai-isConsequential to true or false`,
    }));
}

const RULES: Record<string, Rule> = {
  'operation-id': operationHasId,
  'operation-summary-length': operationSummaryLength,
  'operation-description-length': operationDescriptionLength,
  'parameter-description-length': parameterDescriptionLength,
  'property-description-length': propertyDescriptionLength,
  'schema-example': namedSchemaHasExample,
  'response-example': responseHasExample,
  'example-valid': exampleMatchesSchema,
  'enum-words': enumValuesAreWords,
  'assistant-operation-count': assistantOperationCount,
  'write-consequential-flag': writeStatesConsequential,
};
