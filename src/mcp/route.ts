import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ListToolsRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import express, { type Request, type Response, type Router } from 'express';
import { type Authenticator, bearerToken } from '../auth/authenticate.ts';
import type { Contract } from '../contract/backend.ts';
import { HttpError } from '../contract/problem.ts';
import { problemReply, type Reply } from '../contract/reply.ts';
import type { RequestScope } from '../contract/request-scope.ts';
import { databaseUnavailable, isDatabaseUnavailable } from '../db/unavailable.ts';
import type { RateLimits } from '../http/rate-limits.ts';
import { sendReply } from '../http/send-reply.ts';
import { requestFromArguments, type Tool, toolsFromCatalog } from './tools.ts';

const SERVER_INFO = { name: 'tend', version: '0.1.0' };

/**
 * `POST /mcp`: the MCP endpoint (Streamable HTTP, stateless). Each tool call is sent
 * through the contract exactly like an HTTP request — same authentication, scopes,
 * validation and handlers — and a problem comes back as an `isError` result.
 */
export function mcpRouter(deps: {
  contract: Contract;
  authenticator: Authenticator;
  publicUrl: string;
  rateLimits?: RateLimits | undefined;
}): Router {
  const tools = toolsFromCatalog(deps.contract.catalog);
  const byName = new Map(tools.map((tool) => [tool.definition.name, tool]));
  const resourceMetadata = `${deps.publicUrl}/.well-known/oauth-protected-resource/mcp`;
  const router = express.Router();

  router.post('/mcp', express.json({ limit: '1mb' }), async (req: Request, res: Response) => {
    const bearer = bearerToken(req.get('authorization'));
    const principal = bearer
      ? await deps.authenticator.authenticate(bearer).catch(unavailable)
      : null;
    // Rate limits (SECURITY.md R5): /v1's, counted once per MCP request.
    const admission = await deps.rateLimits?.admit({
      ip: req.ip,
      bearer,
      authenticate: async () => principal,
    });
    if (admission?.refused) {
      sendReply(res, problemReply(admission.refused, res.locals.requestId));
      return;
    }
    res.set(admission?.headers ?? {});
    if (!principal) {
      // MCP authorization: the 401 tells the client where to discover how to sign in.
      sendReply(res, problemReply(unauthorized(bearer, resourceMetadata), res.locals.requestId));
      return;
    }
    res.locals.userId = principal.userId;
    res.setHeader('Cache-Control', 'no-store');
    const server = new Server(SERVER_INFO, { capabilities: { tools: { listChanged: false } } });
    server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: tools.map((tool) => tool.definition),
    }));
    server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const tool = byName.get(request.params.name);
      if (!tool)
        return errorResult({
          code: 'unknown_tool',
          detail: `No tool named ${request.params.name}.`,
        });
      const scope: RequestScope = {
        requestId: res.locals.requestId,
        log: res.locals.log,
        bearer,
        principal,
        rateCounted: true,
      };
      return callTool(deps.contract, tool, request.params.arguments ?? {}, scope);
    });
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });

  // Stateless: there is no stream to open and no session to end.
  router.all('/mcp', (_req, res) => {
    res.setHeader('Allow', 'POST');
    sendReply(
      res,
      problemReply(
        new HttpError({
          status: 405,
          code: 'method_not_allowed',
          title: 'Method not allowed',
          detail: 'Use POST.',
        }),
        res.locals.requestId,
      ),
    );
  });
  return router;
}

async function callTool(
  contract: Contract,
  tool: Tool,
  args: Record<string, unknown>,
  scope: RequestScope,
): Promise<CallToolResult> {
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
  if (reply.status >= 400) return errorResult(reply.body as Record<string, unknown>);
  if (reply.body === undefined)
    return { content: [{ type: 'text', text: `Done (${reply.status}).` }] };
  return {
    content: [{ type: 'text', text: JSON.stringify(reply.body) }],
    structuredContent: reply.body as Record<string, unknown>,
  };
}

/** An outage while checking the token is a 503 (via the error handler), not a 401. */
function unavailable(error: unknown): never {
  throw isDatabaseUnavailable(error) ? databaseUnavailable() : error;
}

function errorResult(problem: Record<string, unknown>): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: JSON.stringify(problem) }] };
}

function unauthorized(bearer: string | undefined, resourceMetadata: string): HttpError {
  return new HttpError({
    status: 401,
    code: 'unauthorized',
    title: 'Unauthorized',
    detail: 'A valid bearer token is required.',
    hint: 'Connect the Tend account again.',
    headers: {
      'WWW-Authenticate': bearer
        ? `Bearer error="invalid_token", resource_metadata="${resourceMetadata}"`
        : `Bearer resource_metadata="${resourceMetadata}"`,
    },
  });
}
