import type { Request as BackendRequest } from 'openapi-backend';
import { checkHostileInput } from '../../contract/hostile-input.ts';
import type { OperationRoutes } from '../../contract/operation-routes.ts';
import { problemReply } from '../../contract/reply.ts';
import type { OperationStep } from '../operation-step.ts';

/** Input no operation could want is refused before routing reaches Ajv. */
export function refuseHostileInput(routes: OperationRoutes): OperationStep {
  return {
    name: 'refuse hostile input',
    async run({ request, scope }, next) {
      const hostile = checkHostileInput(request, () => pathParameters(routes, request));
      return hostile ? problemReply(hostile, scope.requestId) : next();
    },
  };
}

/** The raw path parameters of whichever operation owns the path, for naming a bad one. */
function pathParameters(routes: OperationRoutes, request: BackendRequest): Record<string, string> {
  const found = routes.match(request.method, request.path);
  if (!found) return {};
  if ('rawParams' in found) return found.rawParams;
  const other = found.allowed[0] && routes.match(found.allowed[0], request.path);
  return other && 'rawParams' in other ? other.rawParams : {};
}
