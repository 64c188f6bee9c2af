import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OpenAPIV3_1 } from 'openapi-types';
import YAML from 'yaml';

export type OpenApiDocument = OpenAPIV3_1.Document;

export const CONTRACT_PATH = new URL('../../openapi.yaml', import.meta.url);

/**
 * Where a parsed contract is kept as JSON, by the hash of its text: reading YAML takes
 * most of half a second, JSON a few milliseconds (docs/design.md §7: start to ready). The
 * same folder holds the bundle (scripts/lib/bundle.js).
 */
const PARSED_CACHE = new URL('../../node_modules/.cache/tend/', import.meta.url);

/** The contract as written: the single source of routes, validation, types and tools. */
export function loadContract(path: URL | string = CONTRACT_PATH): OpenApiDocument {
  const text = readFileSync(path, 'utf8');
  const cached = new URL(
    `contract-${createHash('sha256').update(text).digest('hex')}.json`,
    PARSED_CACHE,
  );
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as OpenApiDocument;
  } catch {
    // Not parsed yet by this text (or the cache is unreadable): parse, and keep it.
  }
  const document = YAML.parse(text) as OpenApiDocument;
  keep(cached, JSON.stringify(document));
  return document;
}

/** Writes the parsed contract whole or not at all; a cache that cannot be written is skipped. */
function keep(file: URL, json: string): void {
  const path = fileURLToPath(file);
  const partial = `${path}.${process.pid}.partial`;
  try {
    mkdirSync(fileURLToPath(PARSED_CACHE), { recursive: true });
    writeFileSync(partial, json);
    renameSync(partial, path);
  } catch {
    // A read-only install parses each time; nothing else changes.
  }
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
