import type { CatalogOperation } from './catalog.ts';
import { inputToolSchema, type KnownShapes, outputToolSchema } from './tool-schemas.ts';

type Schema = Record<string, unknown>;

export interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  inputSchema: Schema & { type: 'object' };
  outputSchema?: Schema & { type: 'object' };
  annotations: {
    readOnlyHint: boolean;
    destructiveHint: boolean;
    idempotentHint: boolean;
    openWorldHint: boolean;
  };
}

export interface Tool {
  definition: ToolDefinition;
  operation: CatalogOperation;
}

/**
 * The MCP tools are the `assistant` operations of openapi.yaml, derived at start-up: a
 * tool's arguments are the operation's path, query and body fields side by side, and its
 * output is the operation's success body.
 */
export function toolsFromCatalog(catalog: CatalogOperation[]): Tool[] {
  const operations = catalog.filter((op) => op.tags.includes('assistant'));
  // What getTask, getSubject and getRecord return is spelled out there alone.
  const known: KnownShapes = new Map();
  for (const op of operations) {
    const body = successSchema(op);
    if (op.method.toLowerCase() === 'get' && op.parameters.some((p) => p.in === 'path') && body)
      known.set(JSON.stringify(outputToolSchema(body)), op.operationId);
  }
  // What createTask and createRecord take is spelled out there alone, not again for each
  // item of their batches.
  const bodies: KnownShapes = new Map();
  for (const op of operations)
    if (op.body && !bodies.has(JSON.stringify(op.body.schema)))
      bodies.set(JSON.stringify(op.body.schema), op.operationId);
  const tools = operations.map((operation) => ({
    operation,
    definition: toolDefinition(operation, known, bodies),
  }));
  referToFirstDescriptions(tools.map((tool) => tool.definition));
  return tools;
}

/**
 * The model reads every tool at once: an argument described word for word as in an earlier
 * tool (updateTask's fields are createTask's, every list's `limit` and `cursor`) points
 * there instead of repeating it.
 */
function referToFirstDescriptions(definitions: ToolDefinition[]): void {
  const first = new Map<string, string>();
  for (const definition of definitions) {
    const properties = definition.inputSchema.properties as Record<string, Schema>;
    for (const [name, property] of Object.entries(properties)) {
      const description = property.description;
      if (typeof description !== 'string') continue;
      const key = `${name}\n${description}`;
      const earlier = first.get(key);
      const reference = `As in ${earlier}.`;
      if (earlier === undefined) first.set(key, definition.name);
      else if (reference.length < description.length) property.description = reference;
    }
  }
}

function toolDefinition(
  op: CatalogOperation,
  known: KnownShapes,
  bodies: KnownShapes,
): ToolDefinition {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const p of op.parameters.filter((p) => p.in === 'path' || p.in === 'query')) {
    const name = p.mcpName ?? p.name;
    properties[name] = { ...p.schema, ...(p.description && { description: p.description }) };
    if (p.required) required.push(name);
  }
  if (op.body) {
    const body = op.body.schema;
    for (const [name, property] of Object.entries(body.properties as Record<string, Schema>)) {
      const owner = isObjectSchema(property.items) && bodies.get(JSON.stringify(property.items));
      properties[name] =
        owner && owner !== op.operationId
          ? {
              ...property,
              description: `${property.description ?? ''} Each item as ${owner} takes one.`.trim(),
              items: { type: 'object' },
            }
          : property;
    }
    if (op.body.required) required.push(...((body.required as string[] | undefined) ?? []));
  }
  const inputSchema = inputToolSchema({
    type: 'object',
    properties,
    ...(required.length > 0 && { required }),
    additionalProperties: false,
  }) as Schema & { type: 'object' };
  const method = op.method.toLowerCase();
  const body = successSchema(op);
  const output =
    body && (outputToolSchema(body, known, op.operationId) as Schema & { type: 'object' });
  return {
    name: op.operationId,
    title: op.summary,
    description: op.description,
    inputSchema,
    ...(output && { outputSchema: output }),
    // Every hint stated, none left to a client's default (ChatGPT rejects apps without them).
    annotations: {
      readOnlyHint: method === 'get',
      destructiveHint: method === 'delete' || (method !== 'get' && op.consequential === true),
      idempotentHint: method !== 'post',
      openWorldHint: false,
    },
  };
}

function isObjectSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && (value as Schema).type === 'object';
}

function successSchema(op: CatalogOperation): Schema | undefined {
  for (const status of ['200', '201']) {
    const schema = op.responses[status]?.content?.['application/json']?.schema;
    if (schema && schema.type === 'object') return schema;
  }
  return undefined;
}

/**
 * Splits a tool's arguments back into the request the operation takes. An argument the
 * tool does not declare goes where the contract will refuse it by name.
 */
export function requestFromArguments(op: CatalogOperation, args: Record<string, unknown>) {
  const path: Record<string, string> = {};
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  const inPath = new Set(op.parameters.filter((p) => p.in === 'path').map((p) => p.name));
  const inQuery = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  const renamed = new Map(op.parameters.flatMap((p) => (p.mcpName ? [[p.mcpName, p.name]] : [])));
  for (const [argument, value] of Object.entries(args)) {
    const name = renamed.get(argument) ?? argument;
    if (inPath.has(name)) path[name] = String(value);
    else if (inQuery.has(name) || !op.body) query[name] = value;
    else body[name] = value;
  }
  const url = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(path[name] ?? ''),
  );
  return { path: url, query, body: op.body ? body : undefined };
}
