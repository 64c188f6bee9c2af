import type { OperationRoutes } from '../../contract/operation-routes.ts';
import { problemReply } from '../../contract/reply.ts';
import { endpointNotFound, methodNotAllowed } from '../../core/problems/routing.ts';
import type { OperationStep } from '../operation-step.ts';

/** Finds the operation for the method and path: 404 for an unknown path, 405 for a method. */
export function route(routes: OperationRoutes): OperationStep {
  return {
    name: 'route',
    async run(call, next) {
      const { request, scope } = call;
      const found = routes.match(request.method, request.path);
      if (!found) return problemReply(endpointNotFound(), scope.requestId);
      if ('allowed' in found) {
        const problem = methodNotAllowed(request.method, found.allowed.join(', '));
        return problemReply(problem, scope.requestId);
      }
      call.operation = found.operation;
      call.rawParams = found.rawParams;
      scope.operationId = found.operation.operationId as string;
      return next();
    },
  };
}
