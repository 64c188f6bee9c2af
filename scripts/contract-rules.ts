/**
 * Checks OpenAPI files against Tend's contract rules (scripts/lib/contract-rules.ts).
 * Usage: tsx scripts/contract-rules.ts [file ...]   (default: the project's openapi.yaml)
 * Exits 1 when any file breaks a rule or cannot be read.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { checkContract } from './lib/contract-rules.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  files.push(relative(process.cwd(), fileURLToPath(new URL('../openapi.yaml', import.meta.url))));
}

let failed = false;
for (const file of files) {
  let document: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    document = file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    console.error(`${file}: cannot read: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  if (typeof document !== 'object' || document === null) {
    console.error(`${file}: not an OpenAPI document`);
    failed = true;
    continue;
  }
  const violations = checkContract(document);
  for (const { rule, where, message } of violations) {
    console.log(`${file}: ${rule} at ${where}: ${message}`);
  }
  const noun = violations.length === 1 ? 'violation' : 'violations';
  console.log(`contract rules: ${violations.length} ${noun} in ${file}`);
  if (violations.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
