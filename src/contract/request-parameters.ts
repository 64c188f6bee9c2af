import { parse as parseQuery } from 'node:querystring';
import type { Request as BackendRequest, Operation } from 'openapi-backend';

/**
 * A request as openapi-backend's request validators take it: `{path, query, header,
 * requestBody?}`, each a copy Ajv may coerce and fill with defaults (the body excepted:
 * its defaults are meant for the handler). Built from the route's own match, once per
 * request, in place of openapi-backend's `parseRequest` (which recompiles the path
 * template and deep-clones the request on every call).
 */
export interface RequestParameters {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  requestBody?: unknown;
}

interface OperationShape {
  /** Query parameters declared as arrays: a single value is read as a list of one. */
  arrayQuery: Set<string>;
  /** The body may only be JSON, so text that is not JSON is a parse error. */
  jsonOnly: boolean;
}

const shapes = new WeakMap<Operation, OperationShape>();

function shapeOf(operation: Operation): OperationShape {
  let shape = shapes.get(operation);
  if (shape) return shape;
  const parameters = (operation.parameters ?? []) as {
    in: string;
    name: string;
    schema?: { type?: unknown };
    content?: unknown;
    explode?: boolean;
  }[];
  for (const p of parameters) {
    // openapi-backend reads these styles; the contract uses none, and nothing here does.
    if (p.in === 'cookie' || (p.in === 'query' && (p.content || p.explode === false))) {
      throw new Error(
        `${operation.operationId}: parameter ${p.name} has a style Tend does not read`,
      );
    }
  }
  const content = (operation.requestBody as { content?: object } | undefined)?.content ?? {};
  const types = Object.keys(content);
  shape = {
    arrayQuery: new Set(
      parameters.filter((p) => p.in === 'query' && p.schema?.type === 'array').map((p) => p.name),
    ),
    jsonOnly: types.length === 1 && types[0] === 'application/json',
  };
  shapes.set(operation, shape);
  return shape;
}

/** Checks every operation's parameters once, so an unreadable style stops the start. */
export function checkParameterStyles(operations: readonly Operation[]): void {
  for (const operation of operations) shapeOf(operation);
}

export function requestParameters(
  request: BackendRequest,
  operation: Operation,
  rawParams: Record<string, string>,
): { parameters: RequestParameters; malformedJson?: string } {
  const shape = shapeOf(operation);
  const path: Record<string, unknown> = {};
  // Safe: a path whose escapes do not decode was refused as hostile input already.
  for (const name in rawParams) path[name] = decodeURIComponent(rawParams[name] as string);
  const query = copyQuery(request.query);
  for (const name of shape.arrayQuery) {
    if (typeof query[name] === 'string') query[name] = [query[name]];
  }
  const header: Record<string, unknown> = {};
  for (const name in request.headers) header[name.toLowerCase()] = request.headers[name];
  const parameters: RequestParameters = { path, query, header };

  let body = request.body;
  let malformedJson: string | undefined;
  if (body !== undefined && typeof body !== 'object') {
    try {
      const parsed = JSON.parse(String(body));
      if (body) body = parsed;
    } catch (error) {
      if (shape.jsonOnly) malformedJson = (error as Error).message;
    }
  }
  const rawType = header['content-type'];
  const contentType = String((Array.isArray(rawType) ? rawType[0] : rawType) ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (typeof body === 'object' || contentType === 'application/json') {
    parameters.requestBody = body;
  }
  return malformedJson === undefined ? { parameters } : { parameters, malformedJson };
}

/** A copy of the query, arrays too, for Ajv to coerce without touching the caller's. */
function copyQuery(query: BackendRequest['query']): Record<string, unknown> {
  if (typeof query === 'string') return { ...parseQuery(query.replace(/^\?/, '')) };
  const copy: Record<string, unknown> = {};
  for (const name in query) {
    const value = query[name];
    copy[name] = Array.isArray(value) ? [...value] : value;
  }
  return copy;
}
