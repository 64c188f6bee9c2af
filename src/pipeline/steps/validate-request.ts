import type { ErrorObject } from 'ajv';
import type { OpenAPIBackend } from 'openapi-backend';
import { problemReply } from '../../contract/reply.ts';
import { requestParameters } from '../../contract/request-parameters.ts';
import { toFieldErrors } from '../../contract/validation-errors.ts';
import { validationFailed } from '../../core/problems/routing.ts';
import type { OperationStep } from '../operation-step.ts';

/**
 * Ajv checks path, query and body against the operation, coercing query and path strings
 * to the declared types and filling in defaults: handlers see only valid input. The
 * validators are openapi-backend's, compiled on an operation's first request.
 */
export function validateRequest(backend: OpenAPIBackend): OperationStep {
  return {
    name: 'validate the request',
    async run(call, next) {
      const { request, scope, operation, rawParams } = call;
      if (!operation || !rawParams) throw new Error('validate runs after route');
      const { parameters, malformedJson } = requestParameters(request, operation, rawParams);
      const errors: ErrorObject[] = [];
      if (malformedJson !== undefined) {
        errors.push({
          keyword: 'parse',
          instancePath: '',
          schemaPath: '#/requestBody',
          params: {},
          message: malformedJson,
        });
      }
      const validators =
        backend.validator.getRequestValidatorsForOperation(operation.operationId as string) ?? [];
      for (const validate of validators) {
        validate(parameters);
        if (validate.errors) errors.push(...validate.errors);
      }
      if (errors.length > 0) {
        return problemReply(validationFailed(toFieldErrors(errors)), scope.requestId);
      }
      // Coerced copies of path and query; the body object itself was given its defaults.
      call.input = { path: parameters.path, query: parameters.query, body: request.body };
      return next();
    },
  };
}
