import type { OpenAPIBackend, Operation } from 'openapi-backend';
import { problemReply } from '../../contract/reply.ts';
import { toFieldErrors } from '../../contract/validation-errors.ts';
import { validationFailed } from '../../core/problems/routing.ts';
import type { OperationStep } from '../operation-step.ts';

/**
 * Ajv checks path, query and body against the operation, coercing query and path strings
 * to the declared types and filling in defaults: handlers see only valid input.
 */
export function validateRequest(backend: OpenAPIBackend): OperationStep {
  return {
    name: 'validate the request',
    async run(call, next) {
      const { request, scope } = call;
      const result = backend.validator.validateRequest(request, call.operation as Operation);
      if (result.errors) {
        return problemReply(validationFailed(toFieldErrors(result.errors)), scope.requestId);
      }
      const operation = call.operation as Operation;
      // Coerced copies of path and query; the body object itself was given its defaults.
      const coerced: { params?: Record<string, unknown>; query?: unknown } = result.coerced ?? {};
      call.input = {
        path: coerced.params ?? backend.router.parseRequest(request, operation).params,
        query: (coerced.query ?? {}) as Record<string, unknown>,
        body: request.body,
      };
      return next();
    },
  };
}
