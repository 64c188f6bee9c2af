import type { Operation } from 'openapi-backend';
import type {
  FileSettings,
  HandlerContext,
  Handlers,
  OperationId,
} from '../../contract/handler-types.ts';
import { problemReply, type Reply } from '../../contract/reply.ts';
import { HttpError } from '../../core/http-error.ts';
import { unauthorized } from '../../core/problems/access.ts';
import { databaseUnavailable, internalError } from '../../core/problems/server.ts';
import type { Db } from '../../db/connect.ts';
import { isOwnerGone } from '../../db/owner-gone.ts';
import { isDatabaseUnavailable } from '../../db/unavailable.ts';
import type { OperationCall, OperationStep } from '../operation-step.ts';

export interface HandlerDeps {
  handlers: Handlers;
  db: Db;
  now: () => Date;
  publicUrl: string;
  resourceMetadataUrl: string;
  files: FileSettings;
}

/**
 * Last: the operation's handler, with the validated input and a context holding all it may
 * use. What it throws becomes its problem here, so an idempotency key stores that too.
 */
export function runHandler(deps: HandlerDeps): OperationStep {
  return {
    name: 'handler',
    async run(call) {
      const { scope } = call;
      const operationId = (call.operation as Operation).operationId as OperationId;
      const handler = deps.handlers[operationId];
      if (!call.principal || !call.input || !handler) {
        return problemReply(internalError(), scope.requestId);
      }
      const ctx: HandlerContext = {
        principal: call.principal,
        userId: call.principal.userId,
        timezone: call.principal.timezone,
        db: call.db ?? deps.db,
        now: deps.now,
        log: scope.log,
        requestId: scope.requestId,
        publicUrl: deps.publicUrl,
        files: deps.files,
        ...(scope.client && { client: scope.client }),
        ...(typeof call.request.headers.accept === 'string' && {
          accept: call.request.headers.accept,
        }),
      };
      try {
        const result = await (handler as Handlers[OperationId])(call.input as never, ctx);
        if ('stream' in result) return result;
        return {
          status: result.status,
          body: result.body,
          headers: result.headers,
          ...(result.contentType && { contentType: result.contentType }),
        };
      } catch (error) {
        return failureReply(error, call, deps.resourceMetadataUrl);
      }
    },
  };
}

/** A thrown problem as its reply; anything else is logged and answered without its cause. */
export function failureReply(
  error: unknown,
  call: OperationCall,
  resourceMetadataUrl: string,
): Reply {
  const { scope } = call;
  const operation = scope.operationId;
  if (error instanceof HttpError && error.expose) return problemReply(error, scope.requestId);
  // The account was deleted after its credentials were cached (on another instance, whose
  // notice has not arrived yet): they are no longer valid, and the caller hears so as from
  // any revoked token.
  if (isOwnerGone(error)) {
    const problem = unauthorized({ bearerSent: scope.bearer !== undefined, resourceMetadataUrl });
    return problemReply(problem, scope.requestId);
  }
  if (isDatabaseUnavailable(error)) {
    scope.log.warn({ err: error, operation }, 'database unavailable');
    return problemReply(databaseUnavailable(), scope.requestId);
  }
  scope.log.error({ err: error, operation }, 'handler failed');
  return problemReply(internalError(error), scope.requestId);
}
