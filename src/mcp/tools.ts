import type { CatalogOperation } from '../contract/catalog.ts';

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
  return catalog
    .filter((op) => op.tags.includes('assistant'))
    .map((operation) => ({ operation, definition: toolDefinition(operation) }));
}

function toolDefinition(op: CatalogOperation): ToolDefinition {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const p of op.parameters.filter((p) => p.in === 'path' || p.in === 'query')) {
    properties[p.name] = { ...p.schema, ...(p.description && { description: p.description }) };
    if (p.required) required.push(p.name);
  }
  if (op.body) {
    const body = op.body.schema;
    Object.assign(properties, body.properties as Record<string, Schema>);
    if (op.body.required) required.push(...((body.required as string[] | undefined) ?? []));
  }
  const inputSchema = {
    type: 'object' as const,
    properties,
    ...(required.length > 0 && { required }),
    additionalProperties: false,
  };
  const method = op.method.toLowerCase();
  const output = successSchema(op);
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

function successSchema(op: CatalogOperation): (Schema & { type: 'object' }) | undefined {
  for (const status of ['200', '201']) {
    const schema = op.responses[status]?.content?.['application/json']?.schema;
    if (schema && schema.type === 'object') return schema as Schema & { type: 'object' };
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
  for (const [name, value] of Object.entries(args)) {
    if (inPath.has(name)) path[name] = String(value);
    else if (inQuery.has(name) || !op.body) query[name] = value;
    else body[name] = value;
  }
  const url = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(path[name] ?? ''),
  );
  return { path: url, query, body: op.body ? body : undefined };
}
