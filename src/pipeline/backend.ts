import type { Options } from 'openapi-backend';
import { OpenAPIBackend } from 'openapi-backend';
import { createAjv } from '../contract/ajv.ts';
import type { OpenApiDocument } from '../contract/document.ts';
import { matchMostSpecificPathFirst } from '../contract/path-owner.ts';

/**
 * openapi-backend's definition check knows only OpenAPI 3.0 and rejects a 3.1 file
 * (upstream #532); `redocly lint` in `npm run check` is the real check of the contract.
 */
class ContractBackend extends OpenAPIBackend {
  override validateDefinition() {
    return this.document;
  }
}

/**
 * openapi-backend as the pipeline uses it: its router finds the operation and its Ajv
 * validator checks the request; the pipeline's own steps do the rest.
 */
export async function loadBackend(document: OpenApiDocument): Promise<OpenAPIBackend> {
  const backend = new ContractBackend({
    definition: structuredClone(document) as Options['definition'],
    apiRoot: '/v1',
    validate: true,
    coerceTypes: true,
    ajvOpts: { useDefaults: true },
    customizeAjv: (_ajv, options) => createAjv(options),
  });
  await backend.init();
  // The router rebuilds its operation list from the definition on every match; the
  // definition never changes after init, so build it once (the largest per-request cost).
  const operations = backend.router.getOperations();
  backend.router.getOperations = () => operations;
  matchMostSpecificPathFirst(backend.router);
  return backend;
}
