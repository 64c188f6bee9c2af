/**
 * Writes generated/openapi.ts from openapi.yaml. With --check, writes nothing and exits 1
 * when the committed file is stale. `--contract FILE` and `--out FILE` point elsewhere.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean' },
    contract: { type: 'string' },
    out: { type: 'string' },
  },
});
const contract = values.contract
  ? pathToFileURL(values.contract)
  : new URL('../openapi.yaml', import.meta.url);
const target = values.out
  ? pathToFileURL(values.out)
  : new URL('../generated/openapi.ts', import.meta.url);

const HEADER = `/**
 * Generated from openapi.yaml by \`npm run gen\`. Do not edit: change the contract and
 * run the generator again (\`npm run check\` fails when this file is stale).
 */

`;

const ast = await openapiTS(contract, { alphabetize: false });
const output = HEADER + astToString(ast);

if (values.check) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== output) {
    console.error(`${target.pathname} is stale: run \`npm run gen\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${target.pathname} matches the contract`);
} else {
  writeFileSync(target, output);
  console.log(`wrote ${target.pathname}`);
}
