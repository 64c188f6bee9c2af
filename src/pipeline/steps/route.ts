import type { OpenAPIBackend } from 'openapi-backend';
import { problemReply } from '../../contract/reply.ts';
import { endpointNotFound, methodNotAllowed } from '../../core/problems/routing.ts';
import type { OperationStep } from '../operation-step.ts';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Finds the operation for the method and path: 404 for an unknown path, 405 for a method. */
export function route(backend: OpenAPIBackend): OperationStep {
  return {
    name: 'route',
    async run(call, next) {
      const { request, scope } = call;
      const operation = backend.router.matchOperation(request);
      if (!operation) {
        const allowed = METHODS.filter((method) =>
          backend.router.matchOperation({ method, path: request.path, headers: {} }),
        );
        const problem =
          allowed.length > 0
            ? methodNotAllowed(request.method, allowed.map((m) => m.toUpperCase()).join(', '))
            : endpointNotFound();
        return problemReply(problem, scope.requestId);
      }
      call.operation = operation;
      scope.operationId = operation.operationId as string;
      return next();
    },
  };
}
