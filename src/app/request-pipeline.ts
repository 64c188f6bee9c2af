import express from 'express';
import type { OpenAPIBackend } from 'openapi-backend';
import type { Logger } from 'pino';
import type { Authenticator } from '../auth/authenticate.ts';
import type { CredentialCaches } from '../auth/credential-caches.ts';
import type { SessionChecker } from '../auth/session-check.ts';
import type { FileSettings, Handlers } from '../contract/handler-types.ts';
import { compileRoutes } from '../contract/operation-routes.ts';
import { checkParameterStyles } from '../contract/request-parameters.ts';
import type { Db } from '../db/connect.ts';
import { apiRoute } from '../http/api-route.ts';
import { API_ROOT, isAtOrBelow } from '../http/api-target.ts';
import { defaultCacheControl } from '../http/cache-control.ts';
import { clientAddress } from '../http/client-address.ts';
import { contentEncoding } from '../http/content-encoding.ts';
import { urlLimit } from '../http/http-server.ts';
import type { HttpHandler } from '../http/http-step.ts';
import { requestContext } from '../http/request-context.ts';
import { securityHeaders } from '../http/security-headers.ts';
import { chatMessageBody, uploadBody } from '../http/upload-body.ts';
import { type WidgetCorsDeps, widgetCors } from '../http/widget-cors.ts';
import type { Contract } from '../pipeline/contract-pipeline.ts';
import type { Metrics } from '../pipeline/metrics.ts';
import type { OperationStep } from '../pipeline/operation-step.ts';
import type { RateLimits } from '../pipeline/rate-limits.ts';
import { answerFailures } from '../pipeline/steps/answer-failures.ts';
import { authenticate } from '../pipeline/steps/authenticate.ts';
import { checkScope } from '../pipeline/steps/check-scope.ts';
import { countRateLimit } from '../pipeline/steps/count-rate-limit.ts';
import { forgetEndedCredentials } from '../pipeline/steps/forget-ended-credentials.ts';
import { keepIdempotency } from '../pipeline/steps/keep-idempotency.ts';
import { refuseHostileInput } from '../pipeline/steps/refuse-hostile-input.ts';
import { route } from '../pipeline/steps/route.ts';
import { runHandler } from '../pipeline/steps/run-handler.ts';
import { validateRequest } from '../pipeline/steps/validate-request.ts';
import { validateResponse } from '../pipeline/steps/validate-response.ts';

/**
 * The pipeline, in the order a request meets it (docs/design.md §1). The HTTP steps run for
 * every request to Tend, before any route; an API request then takes the API's steps (its
 * door, src/http/api-door.ts), a page express's routes. The operation steps run for every
 * API call, which /v1, /mcp and the dashboard's pages all hand to `contract.handle`.
 */

export interface HttpStep {
  name: string;
  handler: HttpHandler;
}

export function httpSteps(deps: { log: Logger; https: boolean; metrics?: Metrics }): HttpStep[] {
  return [
    { name: 'request id, access log and metrics', handler: requestContext(deps.log, deps.metrics) },
    // Hostile input is refused before any route reads it.
    { name: 'refuse an overlong URL', handler: urlLimit() },
    { name: 'no caching unless a route allows it', handler: defaultCacheControl() },
    { name: 'refuse an unknown content encoding', handler: contentEncoding() },
    {
      name: 'security headers',
      handler: securityHeaders(
        {
          // Other answers and errors load nothing at all; the docs page sets its own policy.
          contentSecurityPolicy: {
            useDefaults: false,
            directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
          },
          frameguard: { action: 'deny' },
          strictTransportSecurity: deps.https,
        },
        // JSON only: no document headers (see securityHeaders).
        ['/v1', '/mcp'],
      ),
    },
  ];
}

export interface ApiStepsDeps {
  contract: Contract;
  /** The largest file a record keeps; its upload, and a chat message's files, are read to it. */
  attachmentMaxBytes: number;
  /** The proxies in front of Tend whose word on the client's address is taken (R7). */
  trustedProxyHops: number;
  widgetCors: WidgetCorsDeps;
}

/** After the HTTP steps, an API request's: its body read, then its call made. */
export function apiSteps(deps: ApiStepsDeps): HttpStep[] {
  return [
    // The chat widgets' sites may call the conversations (docs/security.md R14).
    {
      name: "the chat widgets' sites (CORS)",
      handler: under(`${API_ROOT}/conversations`, widgetCors(deps.widgetCors)),
    },
    { name: 'read an upload as bytes', handler: uploadBody(deps.attachmentMaxBytes) },
    {
      name: 'read a chat message with its files',
      handler: chatMessageBody(deps.attachmentMaxBytes),
    },
    {
      name: 'read a JSON body',
      handler: express.json({
        limit: '1mb',
        type: ['application/json', 'application/*+json'],
      }) as unknown as HttpHandler,
    },
    {
      name: 'hand the call to the contract',
      handler: apiRoute(deps.contract, clientAddress(deps.trustedProxyHops)),
    },
  ];
}

/** A handler for the targets at or below `prefix` only. */
function under(prefix: string, handler: HttpHandler): HttpHandler {
  return (req, res, next) => {
    if (isAtOrBelow(req.url ?? '/', prefix)) handler(req, res, next);
    else next();
  };
}

export interface OperationStepsDeps {
  backend: OpenAPIBackend;
  handlers: Handlers;
  authenticator: Authenticator;
  /** Checks the dashboard's session cookie, for operations whose security names `session`. */
  sessions: SessionChecker;
  db: Db;
  now: () => Date;
  publicUrl: string;
  /** Check every reply against the contract (development and tests). */
  validateResponses: boolean;
  /** API rate limits; none when absent. */
  rateLimits?: RateLimits | undefined;
  /** Files on records: their cap and how one is fetched by link. */
  files: FileSettings;
  /** Where a revoked key or disconnected app is dropped from this instance's caches. */
  credentials: CredentialCaches;
}

export function operationSteps(deps: OperationStepsDeps): OperationStep[] {
  const resourceMetadataUrl = `${deps.publicUrl}/.well-known/oauth-protected-resource`;
  const operations = deps.backend.getOperations();
  checkParameterStyles(operations);
  const routes = compileRoutes(operations, API_ROOT);
  return [
    answerFailures(),
    ...(deps.rateLimits ? [countRateLimit(deps.rateLimits, deps.authenticator)] : []),
    refuseHostileInput(routes),
    route(routes),
    ...(deps.validateResponses ? [validateResponse()] : []),
    authenticate({
      authenticator: deps.authenticator,
      sessions: deps.sessions,
      resourceMetadataUrl,
    }),
    checkScope(),
    validateRequest(deps.backend),
    forgetEndedCredentials(deps.credentials),
    keepIdempotency(deps.db, deps.now, resourceMetadataUrl),
    runHandler({ ...deps, resourceMetadataUrl }),
  ];
}
