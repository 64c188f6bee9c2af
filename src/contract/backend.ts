import type { Request as BackendRequest, Context, Options } from 'openapi-backend';
import { OpenAPIBackend, OpenAPIValidator } from 'openapi-backend';
import type { Authenticator } from '../auth/authenticate.ts';
import type { SessionChecker } from '../auth/web-session.ts';
import type { Db } from '../db/connect.ts';
import { isOwnerGone } from '../db/owner-gone.ts';
import { databaseUnavailable, isDatabaseUnavailable } from '../db/unavailable.ts';
import { withIdempotency } from '../http/idempotency.ts';
import type { Admission, RateLimits } from '../http/rate-limits.ts';
import { createAjv } from './ajv.ts';
import { buildCatalog, type CatalogOperation } from './catalog.ts';
import type { OpenApiDocument } from './document.ts';
import type { HandlerContext, Handlers, OperationId } from './handler-types.ts';
import { checkHostileInput } from './hostile-input.ts';
import { matchMostSpecificPathFirst } from './path-owner.ts';
import { HttpError, internalError } from './problem.ts';
import { mediaTypeOf, problemReply, type Reply } from './reply.ts';
import type { RequestScope } from './request-scope.ts';
import { ResponseValidator } from './response-validator.ts';
import {
  authorizationProblem,
  principalOf,
  securityHandler,
  sessionSecurityHandler,
} from './security.ts';
import { toFieldErrors } from './validation-errors.ts';

/**
 * openapi-backend's definition check knows only OpenAPI 3.0 and rejects a 3.1 file
 * (upstream #532); `redocly lint` in `npm run check` is the real check of the contract.
 */
class ContractBackend extends OpenAPIBackend {
  override validateDefinition() {
    return this.document;
  }

  /**
   * openapi-backend compiles every operation's request, response and response-header
   * validators at init, unless in its `quick` mode, which also swaps its dereferencer.
   * Tend checks responses with its own validator and never uses the other two, and most
   * processes see a handful of operations: built with `validate: false`, the validator is
   * made here to compile each operation's request validators on its first request.
   */
  override async init() {
    await super.init();
    this.validator = new OpenAPIValidator({
      definition: this.definition,
      ajvOpts: this.ajvOpts,
      customizeAjv: this.customizeAjv,
      router: this.router,
      lazyCompileValidators: true,
      coerceTypes: this.coerceTypes,
    });
    this.validate = true;
    return this;
  }
}

export interface ContractDeps {
  document: OpenApiDocument;
  handlers: Handlers;
  authenticator: Authenticator;
  /** Checks the dashboard's session cookie, for operations whose security names `session`. */
  sessions: SessionChecker;
  db: Db;
  now: () => Date;
  publicUrl: string;
  validateResponses: boolean;
  /** API rate limits; none when absent. */
  rateLimits?: RateLimits | undefined;
}

export interface Contract {
  /** Routes, authenticates, validates and runs one API request; never throws. */
  handle(request: BackendRequest, scope: RequestScope): Promise<Reply>;
  backend: OpenAPIBackend;
  /** Every operation with its `$ref`s resolved. */
  catalog: CatalogOperation[];
}

export async function createContract(deps: ContractDeps): Promise<Contract> {
  const responses = new ResponseValidator();
  const resourceMetadataUrl = `${deps.publicUrl}/.well-known/oauth-protected-resource`;

  const backend = new ContractBackend({
    definition: structuredClone(deps.document) as Options['definition'],
    apiRoot: '/v1',
    strict: true,
    // Validation is switched on in ContractBackend.init, with validators compiled lazily.
    validate: false,
    coerceTypes: true,
    ajvOpts: { useDefaults: true },
    customizeAjv: (_ajv, options) => createAjv(options),
    securityHandlers: {
      apiKey: securityHandler('apiKey', deps.authenticator),
      oauth2: securityHandler('oauth2', deps.authenticator),
      session: sessionSecurityHandler(deps.sessions),
    },
    handlers: {
      notFound: (_c: Context, scope: RequestScope) =>
        problemReply(
          new HttpError({
            status: 404,
            code: 'not_found',
            title: 'Not found',
            detail: 'There is no such endpoint.',
            hint: 'Check the path against the API description at /openapi.json.',
          }),
          scope.requestId,
        ),
      methodNotAllowed: (c: Context, scope: RequestScope) =>
        problemReply(
          new HttpError({
            status: 405,
            code: 'method_not_allowed',
            title: 'Method not allowed',
            detail: `${c.request.method.toUpperCase()} is not supported on this path.`,
            headers: { Allow: allowedMethods(backend, c.request.path) },
          }),
          scope.requestId,
        ),
      notImplemented: (_c: Context, scope: RequestScope) =>
        problemReply(internalError(), scope.requestId),
      unauthorizedHandler: (_c: Context, scope: RequestScope) => {
        const problem = authorizationProblem(scope, resourceMetadataUrl);
        if (!problem.expose) scope.log.error({ err: scope.authError }, 'authentication failed');
        return problemReply(problem, scope.requestId);
      },
      validationFail: (c: Context, scope: RequestScope) =>
        problemReply(
          new HttpError({
            status: 400,
            code: 'validation_failed',
            title: 'Invalid request',
            detail: 'The request does not match the API contract.',
            hint: 'Fix the listed fields and send the request again.',
            errors: toFieldErrors(c.validation.errors ?? []),
          }),
          scope.requestId,
        ),
      postResponseHandler: (c: Context, scope: RequestScope) => {
        const reply = c.response as Reply;
        if (!deps.validateResponses || !c.operation || reply.status >= 500) return reply;
        const violations = responses.validate(
          c.operation,
          reply.status,
          mediaTypeOf(reply),
          reply.body,
        );
        if (violations.length === 0) return reply;
        scope.log.error(
          { operation: c.operation.operationId, status: reply.status, violations },
          'response breaks the contract',
        );
        return problemReply(
          new HttpError({ status: 500, code: 'response_invalid', title: 'Internal server error' }),
          scope.requestId,
        );
      },
      ...operationHandlers(deps, resourceMetadataUrl),
    },
  });
  await backend.init();
  checkHandlersMatchOperations(backend, deps.handlers);
  // The router rebuilds its operation list from the definition on every match; the
  // definition never changes after init, so build it once (the largest per-request cost).
  const operations = backend.router.getOperations();
  backend.router.getOperations = () => operations;
  matchMostSpecificPathFirst(backend.router);

  return {
    backend,
    catalog: buildCatalog(backend.getOperations()),
    async handle(request, scope) {
      try {
        const admission = await admit(deps, scope);
        if (admission?.refused) return problemReply(admission.refused, scope.requestId);
        const reply = await handleAdmitted(request, scope);
        return admission
          ? { ...reply, headers: { ...reply.headers, ...admission.headers } }
          : reply;
      } catch (error) {
        if (isDatabaseUnavailable(error))
          return problemReply(databaseUnavailable(), scope.requestId);
        scope.log.error({ err: error }, 'request failed');
        return problemReply(internalError(error), scope.requestId);
      }
    },
  };

  // Hostile input is refused here, for every operation, before routing reaches Ajv.
  async function handleAdmitted(request: BackendRequest, scope: RequestScope): Promise<Reply> {
    const hostile = checkHostileInput(request, () => pathParameters(backend, request));
    if (hostile) return problemReply(hostile, scope.requestId);
    return (await backend.handleRequest(request, scope)) as Reply;
  }
}

/** Counts the request against its caller's rate limit, once (docs/security.md R5). */
async function admit(deps: ContractDeps, scope: RequestScope): Promise<Admission | undefined> {
  if (!deps.rateLimits || scope.rateCounted) return undefined;
  scope.rateCounted = true;
  return deps.rateLimits.admit({
    ip: scope.clientIp,
    bearer: scope.bearer,
    authenticate: async () => {
      const principal = await principalOf(scope, deps.authenticator);
      // An outage is not a failed sign-in: it is answered 503, and counted as nothing.
      if (!principal && scope.authError && isDatabaseUnavailable(scope.authError)) {
        throw scope.authError;
      }
      return principal;
    },
  });
}

function operationHandlers(deps: ContractDeps, resourceMetadataUrl: string) {
  const wrapped: Record<string, (c: Context, scope: RequestScope) => Promise<Reply>> = {};
  for (const [operationId, handler] of Object.entries(deps.handlers)) {
    wrapped[operationId] = async (c, scope) => {
      scope.operationId = operationId;
      const principal = scope.principal ?? scope.sessionPrincipal;
      if (!principal) return problemReply(internalError(), scope.requestId);
      const ctx: HandlerContext = {
        principal,
        userId: principal.userId,
        timezone: principal.timezone,
        db: deps.db,
        now: deps.now,
        log: scope.log,
        requestId: scope.requestId,
        publicUrl: deps.publicUrl,
      };
      const input = { path: c.request.params, query: c.request.query, body: c.request.requestBody };
      // `db` is the transaction the idempotency layer opened when a key was sent, so the
      // write commits with its stored reply; the handler must use no other database.
      const run = async (db: Db = deps.db): Promise<Reply> => {
        try {
          const result = await (handler as Handlers[OperationId])(input as never, { ...ctx, db });
          return { status: result.status, body: result.body, headers: result.headers };
        } catch (error) {
          return failureReply(error, scope, operationId, resourceMetadataUrl);
        }
      };
      // An operation that does not offer Idempotency-Key (one answering with a secret,
      // which must never be stored) runs as is.
      if (!offersIdempotencyKey(c)) return run();
      try {
        // After authentication, so a key belongs to the user who sent it.
        return await withIdempotency(
          deps.db,
          deps.now,
          {
            userId: principal.userId,
            method: c.request.method,
            path: c.request.path,
            body: c.request.requestBody,
            header: c.request.headers['idempotency-key'],
          },
          run,
        );
      } catch (error) {
        return failureReply(error, scope, operationId, resourceMetadataUrl);
      }
    };
  }
  return wrapped;
}

function offersIdempotencyKey(c: Context): boolean {
  const parameters = (c.operation.parameters ?? []) as { in?: string; name?: string }[];
  return parameters.some((p) => p.in === 'header' && p.name?.toLowerCase() === 'idempotency-key');
}

function failureReply(
  error: unknown,
  scope: RequestScope,
  operationId: string,
  resourceMetadataUrl: string,
): Reply {
  if (error instanceof HttpError && error.expose) return problemReply(error, scope.requestId);
  // The account was deleted after its credentials were cached (for at most 30 s): they
  // are no longer valid, and the caller hears so as from any revoked token.
  if (isOwnerGone(error)) {
    const problem = authorizationProblem({ ...scope, principal: null }, resourceMetadataUrl);
    return problemReply(problem, scope.requestId);
  }
  if (isDatabaseUnavailable(error)) {
    scope.log.warn({ err: error, operation: operationId }, 'database unavailable');
    return problemReply(databaseUnavailable(), scope.requestId);
  }
  scope.log.error({ err: error, operation: operationId }, 'handler failed');
  return problemReply(internalError(error), scope.requestId);
}

/** OWASP API9: the contract and the handlers must name the same operations, or no start. */
function checkHandlersMatchOperations(backend: OpenAPIBackend, handlers: object): void {
  const operations = new Set(backend.getOperations().map((o) => o.operationId as string));
  const missing = [...operations].filter((id) => !(id in handlers));
  const unknown = Object.keys(handlers).filter((id) => !operations.has(id));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `handlers do not match openapi.yaml: missing ${missing.join(', ') || 'none'}; ` +
        `not in the contract ${unknown.join(', ') || 'none'}`,
    );
  }
}

/** The raw path parameters of whichever operation the path matches, for naming a bad one. */
function pathParameters(backend: OpenAPIBackend, request: BackendRequest): Record<string, string> {
  try {
    for (const method of [request.method, 'get', 'post', 'patch', 'delete', 'put']) {
      const operation = backend.router.matchOperation({ ...request, method });
      if (operation) return backend.router.parseRequest({ ...request, method }, operation).params;
    }
  } catch {
    // A path that cannot even be parsed is named as a whole.
  }
  return {};
}

function allowedMethods(backend: OpenAPIBackend, path: string): string {
  const methods = ['get', 'post', 'put', 'patch', 'delete'].filter((method) =>
    backend.router.matchOperation({ method, path, headers: {} }),
  );
  return methods.map((m) => m.toUpperCase()).join(', ');
}
