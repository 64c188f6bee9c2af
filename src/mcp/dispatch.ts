import type { Reply } from '../contract/reply.ts';
import { requestFromArguments, type Tool } from '../contract/tools.ts';
import type { Contract } from '../pipeline/contract-pipeline.ts';
import type { RequestScope } from '../pipeline/request-scope.ts';
import { INSTRUCTIONS } from './instructions.ts';
import {
  errorResponse,
  INTERNAL_ERROR,
  INVALID_PARAMS,
  type JsonRpcRequest,
  METHOD_NOT_FOUND,
} from './json-rpc.ts';
import { LATEST_PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS } from './protocol-constants.ts';
import { resultText } from './result-text.ts';

const SERVER_INFO = { name: 'tend', title: 'Tend', version: '0.1.0' };

type Params = Record<string, unknown>;
export type Method = (params: Params, scope: RequestScope) => Promise<unknown>;

export interface Dispatcher {
  /** The tool a `tools/call` names, if it names one. */
  toolOf(request: JsonRpcRequest): Tool | undefined;
  answer(request: JsonRpcRequest & { id: string | number }, scope: RequestScope): Promise<unknown>;
}

/** A JSON-RPC error a method throws: answered as such, never as a 500. */
export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The MCP methods Tend answers. `methods` adds more (resources for views) beside the tools;
 * the capabilities `initialize` declares follow from what is there.
 */
export function createDispatcher(deps: {
  contract: Contract;
  tools: Tool[];
  methods?: Record<string, Method>;
  capabilities?: Record<string, unknown>;
  /** Told how each call of a known tool ended (the metrics count them). */
  onToolCall?: (tool: string, outcome: 'ok' | 'error') => void;
}): Dispatcher {
  const byName = new Map(deps.tools.map((tool) => [tool.definition.name, tool]));
  // The list is the same for everyone: built once.
  const toolList = { tools: deps.tools.map((tool) => tool.definition) };
  const methods: Record<string, Method> = {
    async initialize(params) {
      const asked = params.protocolVersion;
      return {
        // Version negotiation (lifecycle §Version negotiation): the client's if supported.
        protocolVersion:
          typeof asked === 'string' && SUPPORTED_PROTOCOL_VERSIONS.includes(asked)
            ? asked
            : LATEST_PROTOCOL_VERSION,
        capabilities: { tools: { listChanged: false }, ...deps.capabilities },
        serverInfo: SERVER_INFO,
        instructions: INSTRUCTIONS,
      };
    },
    async ping() {
      return {};
    },
    async 'tools/list'() {
      return toolList;
    },
    async 'tools/call'(params, scope) {
      const tool = byName.get(params.name as string);
      if (!tool) throw new RpcError(INVALID_PARAMS, `Unknown tool: ${String(params.name)}`);
      const args = params.arguments ?? {};
      if (typeof args !== 'object' || args === null || Array.isArray(args))
        throw new RpcError(INVALID_PARAMS, 'arguments must be an object.');
      let outcome: 'ok' | 'error' = 'error';
      try {
        const result = await callTool(deps.contract, tool, args as Params, scope);
        if (!result.isError) outcome = 'ok';
        return result;
      } finally {
        deps.onToolCall?.(tool.definition.name, outcome);
      }
    },
    ...deps.methods,
  };

  return {
    toolOf(request) {
      if (request.method !== 'tools/call') return undefined;
      return byName.get(request.params?.name as string);
    },
    async answer(request, scope) {
      const method = Object.hasOwn(methods, request.method) ? methods[request.method] : undefined;
      if (!method)
        return errorResponse(request.id, METHOD_NOT_FOUND, `No method ${request.method}.`);
      try {
        return {
          jsonrpc: '2.0',
          id: request.id,
          result: await method(request.params ?? {}, scope),
        };
      } catch (error) {
        if (error instanceof RpcError) return errorResponse(request.id, error.code, error.message);
        scope.log.error({ err: error }, 'MCP method failed');
        return errorResponse(request.id, INTERNAL_ERROR, 'Internal error.');
      }
    },
  };
}

interface ToolResult {
  isError?: true;
  content: { type: 'text'; text: string }[];
  structuredContent?: Params;
}

async function callTool(
  contract: Contract,
  tool: Tool,
  args: Params,
  scope: RequestScope,
): Promise<ToolResult> {
  const { path, query, body } = requestFromArguments(tool.operation, args);
  const reply: Reply = await contract.handle(
    {
      method: tool.operation.method,
      path,
      query: query as Record<string, string>,
      headers: { 'content-type': 'application/json' },
      body,
    },
    scope,
  );
  if (reply.status >= 400)
    return { isError: true, content: [{ type: 'text', text: JSON.stringify(reply.body) }] };
  if (reply.body === undefined || typeof reply.body !== 'object' || reply.body === null)
    return { content: [{ type: 'text', text: `Done (${reply.status}).` }] };
  const structured = reply.body as Params;
  return {
    content: [{ type: 'text', text: resultText(tool.definition.name, structured) }],
    structuredContent: structured,
  };
}
