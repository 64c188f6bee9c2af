import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every problem Tend answers is written once, as a named function in src/core/problems/:
 * nowhere else builds an HttpError, and no code is built by two functions there, so one
 * code never reads two ways.
 */
const CATALOG = 'core/problems/';

/**
 * Codes that stand for more than one problem, each variant its own function. not_found:
 * no such endpoint (endpointNotFound), no such item (itemNotFound), and nothing served
 * outside the API (nothingServed) tell the caller different things to do next.
 */
const CODES_WITH_VARIANTS = ['not_found'];

const BUILDS = /\bnew\s+HttpError\s*\(/;
const CODE = /\bcode:\s*(['"`])([A-Za-z0-9_]+)\1/g;

interface CatalogReport {
  /** Files outside the catalog that build an HttpError. */
  outside: string[];
  /** Codes built in more than one place in the catalog, with the files they are built in. */
  repeated: { code: string; files: string[] }[];
}

/** `sources` maps paths relative to src/ to their text. */
function checkCatalog(
  sources: ReadonlyMap<string, string>,
  variants: readonly string[] = CODES_WITH_VARIANTS,
): CatalogReport {
  const outside: string[] = [];
  const built = new Map<string, string[]>();
  for (const [path, text] of sources) {
    if (!path.startsWith(CATALOG)) {
      if (BUILDS.test(text)) outside.push(path);
      continue;
    }
    for (const match of text.matchAll(CODE)) {
      const code = match[2] as string;
      built.set(code, [...(built.get(code) ?? []), path]);
    }
  }
  const repeated = [...built]
    .filter(([code, files]) => files.length > 1 && !variants.includes(code))
    .map(([code, files]) => ({ code, files }));
  return { outside: outside.sort(), repeated };
}

function readSources(dir: string, root = dir): Map<string, string> {
  const sources = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      for (const entry of readSources(path, root)) sources.set(...entry);
    } else if (name.endsWith('.ts')) {
      sources.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  }
  return sources;
}

const src = fileURLToPath(new URL('../../src', import.meta.url));

describe('the problem catalog', () => {
  it('is the only place in src/ that builds a problem, and builds each code once', () => {
    expect(checkCatalog(readSources(src))).toEqual({ outside: [], repeated: [] });
  });

  it('finds a problem built outside it and a code built twice', () => {
    const problem = (code: string) =>
      `return new HttpError({ status: 422, code: '${code}', title: 'T' });\n`;
    const sources = new Map([
      ['records/inline.ts', `throw ${problem('inline_problem')}`],
      ['tasks/clean.ts', "throw conflictingInputs({ hint: 'h', errors: [] });\n"],
      ['core/problems/one.ts', `${problem('conflicting_inputs')}${problem('not_found')}`],
      ['core/problems/two.ts', `${problem('conflicting_inputs')}${problem('not_found')}`],
      ['core/problems/three.ts', `return new HttpError({\n  code: "once",\n});\n`],
    ]);
    expect(checkCatalog(sources)).toEqual({
      outside: ['records/inline.ts'],
      repeated: [
        { code: 'conflicting_inputs', files: ['core/problems/one.ts', 'core/problems/two.ts'] },
      ],
    });
  });

  it('counts two builders of one code in the same catalog file', () => {
    const twice =
      "new HttpError({ code: 'unknown_unit' });\nnew HttpError({ code: 'unknown_unit' });\n";
    expect(checkCatalog(new Map([['core/problems/records.ts', twice]])).repeated).toEqual([
      { code: 'unknown_unit', files: ['core/problems/records.ts', 'core/problems/records.ts'] },
    ]);
  });
});
