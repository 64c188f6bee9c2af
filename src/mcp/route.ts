import express, { type Request, type Response, type Router } from 'express';
import { type Authenticator, bearerToken } from '../auth/authenticate.ts';
import type { Principal } from '../auth/principal.ts';
import { problemReply } from '../contract/reply.ts';
import { toolsFromCatalog } from '../contract/tools.ts';
import { unauthorized } from '../core/problems/access.ts';
import { methodNotAllowed } from '../core/problems/routing.ts';
import { databaseUnavailable } from '../core/problems/server.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { sendReply } from '../http/send-reply.ts';
import type { Contract } from '../pipeline/contract-pipeline.ts';
import type { Metrics } from '../pipeline/metrics.ts';
import type { RateLimits } from '../pipeline/rate-limits.ts';
import type { RequestScope } from '../pipeline/request-scope.ts';
import { createDispatcher, type Dispatcher, RpcError } from './dispatch.ts';
import { classify, errorResponse, INVALID_REQUEST, PARSE_ERROR, REFUSED } from './json-rpc.ts';
import { originChecker } from './origin.ts';
import { SUPPORTED_PROTOCOL_VERSIONS } from './protocol-constants.ts';
import { missingScopes } from './scope-challenge.ts';
import { withViews } from './views/catalog.ts';
import { VIEW_CAPABILITIES, viewMethods } from './views/resources.ts';

/**
 * `POST /mcp`: the MCP endpoint (Streamable HTTP, stateless, JSON responses; MCP
 * 2025-11-25). Each tool call is sent through the contract exactly like an HTTP request —
 * same authentication, scopes, validation and handlers — and a problem comes back as an
 * `isError` result. JSON-RPC is answered here directly: one request is one JSON body in
 * and one out, with no server object or stream to build per request.
 */
export function mcpRouter(deps: {
  contract: Contract;
  authenticator: Authenticator;
  publicUrl: string;
  /** Origins besides PUBLIC_URL's whose pages may call /mcp (MCP_ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  rateLimits?: RateLimits | undefined;
  metrics?: Metrics;
}): Router {
  const tools = withViews(toolsFromCatalog(deps.contract.catalog));
  const dispatcher: Dispatcher = createDispatcher({
    contract: deps.contract,
    tools,
    methods: viewMethods((code, message) => new RpcError(code, message)),
    capabilities: VIEW_CAPABILITIES,
    ...(deps.metrics && { onToolCall: deps.metrics.toolCall }),
  });
  const resourceMetadata = `${deps.publicUrl}/.well-known/oauth-protected-resource/mcp`;
  // A client that has no token yet is told every scope the tools name, so it asks for
  // enough the first time (MCP 2025-11-25 authorization, scope selection).
  const allScopes = [
    ...new Set(tools.flatMap((t) => t.operation.security.flatMap((s) => s.scopes))),
  ];
  const originAllowed = originChecker(deps.publicUrl, deps.allowedOrigins ?? []);
  const router = express.Router();

  router.post(
    '/mcp',
    express.text({ type: () => true, limit: '1mb' }),
    async (req: Request, res: Response) => {
      res.setHeader('Cache-Control', 'no-store');
      if (!originAllowed(req.get('origin'))) {
        res.status(403).json(errorResponse(null, REFUSED, 'This Origin may not call /mcp.'));
        return;
      }
      const version = req.get('mcp-protocol-version');
      if (version !== undefined && !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
        res
          .status(400)
          .json(
            errorResponse(null, INVALID_REQUEST, `Unsupported MCP-Protocol-Version ${version}.`),
          );
        return;
      }
      const bearer = bearerToken(req.get('authorization'));
      const principal = bearer
        ? await deps.authenticator.authenticate(bearer).catch(unavailable)
        : null;
      // Rate limits (docs/security.md R5): /v1's, counted once per MCP request.
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
        sendReply(
          res,
          problemReply(
            unauthorized({
              bearerSent: bearer !== undefined,
              resourceMetadataUrl: resourceMetadata,
              scopes: allScopes,
            }),
            res.locals.requestId,
          ),
        );
        return;
      }
      res.locals.userId = principal.userId;

      let body: unknown;
      try {
        body = JSON.parse(typeof req.body === 'string' ? req.body : '');
      } catch {
        res.status(400).json(errorResponse(null, PARSE_ERROR, 'The body is not JSON.'));
        return;
      }
      // MCP 2025-06-18 removed JSON-RPC batching; 2025-11-25 keeps it out: "The body of the
      // POST request MUST be a single JSON-RPC request, notification, or response."
      if (Array.isArray(body)) {
        res
          .status(400)
          .json(
            errorResponse(
              null,
              INVALID_REQUEST,
              'Batches are not part of MCP 2025-11-25: send one JSON-RPC message per request.',
            ),
          );
        return;
      }
      const message = classify(body);
      if (message.kind === 'invalid') {
        res.status(400).json(errorResponse(message.id, INVALID_REQUEST, message.reason));
        return;
      }
      // A notification or a response to the server needs no answer (Streamable HTTP §2.1.4).
      if (message.kind !== 'request') {
        res.status(202).end();
        return;
      }
      const { request } = message;
      const lacking = missingScopes(dispatcher.toolOf(request), principal);
      if (lacking) {
        // Scope step-up (MCP 2025-11-25 authorization §Scope challenge handling; RFC 6750 §3.1).
        res
          .status(403)
          .setHeader(
            'WWW-Authenticate',
            `Bearer error="insufficient_scope", scope="${lacking.join(' ')}", resource_metadata="${resourceMetadata}"`,
          )
          .json(
            errorResponse(request.id, REFUSED, `This tool needs the scope ${lacking.join(' ')}.`, {
              code: 'insufficient_scope',
              missing_scopes: lacking,
            }),
          );
        return;
      }
      const scope: RequestScope = {
        requestId: res.locals.requestId,
        log: res.locals.log,
        bearer,
        principal: principal as Principal,
        rateCounted: true,
      };
      // Serialized once, straight to the socket: res.json would copy the page into a Buffer
      // again to count its length, which Node does for a string anyway.
      sendReply(res, { status: 200, body: await dispatcher.answer(request, scope) });
    },
  );

  // Stateless: there is no stream to open and no session to end.
  router.all('/mcp', (req, res) => {
    sendReply(res, problemReply(methodNotAllowed(req.method, 'POST'), res.locals.requestId));
  });
  return router;
}

/** An outage while checking the token is a 503 (via the error handler), not a 401. */
function unavailable(error: unknown): never {
  throw isDatabaseUnavailable(error) ? databaseUnavailable() : error;
}
