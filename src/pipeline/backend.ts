import type { Options } from 'openapi-backend';
import { OpenAPIBackend, OpenAPIValidator } from 'openapi-backend';
import { createAjv } from '../contract/ajv.ts';
import type { OpenApiDocument } from '../contract/document.ts';

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
    return this;
  }
}

/**
 * openapi-backend as the pipeline uses it: the dereferenced definition, its operations and
 * its Ajv request validators. Routing is the contract's own table (operation-routes.ts),
 * compiled once; the pipeline's steps do the rest.
 */
export async function loadBackend(document: OpenApiDocument): Promise<OpenAPIBackend> {
  const backend = new ContractBackend({
    definition: structuredClone(document) as Options['definition'],
    apiRoot: '/v1',
    // Requests are validated by the pipeline's own step, with validators compiled lazily.
    validate: false,
    // Its synchronous dereferencer: the same definition (checked equal on this contract) in
    // a sixth of the time of json-schema-ref-parser's. The definition check it also skips
    // is skipped above anyway.
    quick: true,
    coerceTypes: true,
    ajvOpts: { useDefaults: true },
    customizeAjv: (_ajv, options) => createAjv(options),
  });
  await backend.init();
  return backend;
}
