/**
 * Writes generated/openapi.ts from openapi.yaml. With --check, writes nothing and exits 1
 * when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const contract = new URL('../openapi.yaml', import.meta.url);
const target = new URL('../generated/openapi.ts', import.meta.url);

const HEADER = `/**
 * Generated from openapi.yaml by \`npm run gen\`. Do not edit: change the contract and
 * run the generator again (\`npm run check\` fails when this file is stale).
 */

`;

const ast = await openapiTS(contract, { alphabetize: false });
const output = HEADER + astToString(ast);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== output) {
    console.error('generated/openapi.ts is stale: run `npm run gen` and commit the result.');
    process.exit(1);
  }
  console.log('generated/openapi.ts matches openapi.yaml');
} else {
  writeFileSync(target, output);
  console.log('wrote generated/openapi.ts');
}
