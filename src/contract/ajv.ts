import type { Options } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

/**
 * OpenAPI 3.1 schemas are JSON Schema 2020-12: draft-07 Ajv would ignore type arrays,
 * `prefixItems` and `unevaluatedProperties`, and without ajv-formats `date-time`, `uuid`
 * and `email` go unchecked.
 */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({
    ...options,
    strict: false,
    allErrors: true,
    validateFormats: true,
  });
  ajvFormats.default(ajv);
  return ajv;
}
