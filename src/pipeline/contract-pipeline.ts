import type { Request as BackendRequest, OpenAPIBackend } from 'openapi-backend';
import { buildCatalog, type CatalogOperation } from '../contract/catalog.ts';
import type { Reply } from '../contract/reply.ts';
import { type OperationStep, runSteps } from './operation-step.ts';
import type { RequestScope } from './request-scope.ts';

export interface Contract {
  /** Runs one API call through every step of the pipeline; never throws. */
  handle(request: BackendRequest, scope: RequestScope): Promise<Reply>;
  backend: OpenAPIBackend;
  /** Every operation with its `$ref`s resolved. */
  catalog: CatalogOperation[];
}

/**
 * The contract as callers meet it: /v1, /mcp and the pages all enter through `handle`,
 * which runs the steps the app lists (src/app/request-pipeline.ts).
 */
export function createContract(deps: {
  backend: OpenAPIBackend;
  handlers: object;
  steps: readonly OperationStep[];
}): Contract {
  checkHandlersMatchOperations(deps.backend, deps.handlers);
  return {
    backend: deps.backend,
    catalog: buildCatalog(deps.backend.getOperations()),
    handle: (request, scope) => runSteps(deps.steps, { request, scope }),
  };
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
