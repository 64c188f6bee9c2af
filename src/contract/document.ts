import { readFileSync } from 'node:fs';
import type { OpenAPIV3_1 } from 'openapi-types';
import YAML from 'yaml';

export type OpenApiDocument = OpenAPIV3_1.Document;

export const CONTRACT_PATH = new URL('../../openapi.yaml', import.meta.url);

/** The contract as written: the single source of routes, validation, types and tools. */
export function loadContract(path: URL | string = CONTRACT_PATH): OpenApiDocument {
  return YAML.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}

export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
