import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const CONTRACT = new URL('../../openapi.yaml', import.meta.url);

/** openapi.yaml as an object, for the peers that load the contract themselves. */
export function loadBenchContract(): Record<string, unknown> {
  return parse(readFileSync(CONTRACT, 'utf8')) as Record<string, unknown>;
}
