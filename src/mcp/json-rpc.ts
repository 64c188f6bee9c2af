/** JSON-RPC 2.0 as MCP uses it (https://www.jsonrpc.org/specification §5.1). */
export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
export const INVALID_PARAMS = -32602;
export const INTERNAL_ERROR = -32603;
/** Server-defined (−32000 to −32099): the request was refused before it was read. */
export const REFUSED = -32001;

export type Id = string | number | null;

export interface JsonRpcRequest {
  jsonrpc: '2.0';
  id?: string | number;
  method: string;
  params?: Record<string, unknown>;
}

export interface JsonRpcError {
  jsonrpc: '2.0';
  id: Id;
  error: { code: number; message: string; data?: unknown };
}

export function errorResponse(id: Id, code: number, message: string, data?: unknown): JsonRpcError {
  return { jsonrpc: '2.0', id, error: { code, message, ...(data !== undefined && { data }) } };
}

/** A request, a notification (no id) or a response the client sends back (no method). */
export type Message =
  | { kind: 'request'; request: JsonRpcRequest & { id: string | number } }
  | { kind: 'notification'; request: JsonRpcRequest }
  | { kind: 'response' }
  | { kind: 'invalid'; id: Id; reason: string };

export function classify(body: unknown): Message {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { kind: 'invalid', id: null, reason: 'The body must be one JSON-RPC object.' };
  const message = body as Record<string, unknown>;
  const id = message.id;
  const validId = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
  if (message.jsonrpc !== '2.0')
    return { kind: 'invalid', id: validId ? id : null, reason: 'jsonrpc must be "2.0".' };
  if (message.method === undefined && ('result' in message || 'error' in message))
    return { kind: 'response' };
  if (typeof message.method !== 'string')
    return { kind: 'invalid', id: validId ? id : null, reason: 'method must be a string.' };
  const params = message.params;
  if (
    params !== undefined &&
    (typeof params !== 'object' || params === null || Array.isArray(params))
  )
    return { kind: 'invalid', id: validId ? id : null, reason: 'params must be an object.' };
  if (id === undefined)
    return { kind: 'notification', request: message as unknown as JsonRpcRequest };
  if (!validId) return { kind: 'invalid', id: null, reason: 'id must be a string or a number.' };
  return {
    kind: 'request',
    request: message as unknown as JsonRpcRequest & { id: string | number },
  };
}
