import type { Request as BackendRequest, OpenAPIBackend } from 'openapi-backend';
import { checkHostileInput } from '../../contract/hostile-input.ts';
import { problemReply } from '../../contract/reply.ts';
import type { OperationStep } from '../operation-step.ts';

/** Input no operation could want is refused before routing reaches Ajv. */
export function refuseHostileInput(backend: OpenAPIBackend): OperationStep {
  return {
    name: 'refuse hostile input',
    async run({ request, scope }, next) {
      const hostile = checkHostileInput(request, () => pathParameters(backend, request));
      return hostile ? problemReply(hostile, scope.requestId) : next();
    },
  };
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
