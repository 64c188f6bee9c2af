import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCRIPTS_DIR = fileURLToPath(new URL('./scripts/', import.meta.url));

export interface BrowserScript {
  js: string;
  /** What the script imports of CSS (uPlot's, say), served beside it; may be empty. */
  css: string;
}

let built: Promise<Map<string, BrowserScript>> | undefined;

/**
 * The pages' progressive enhancements: each `scripts/<name>.ts` bundled by esbuild into one
 * file for browsers, built once per process on the first request for any of them, so a
 * Tend nobody opens in a browser never loads esbuild.
 */
export async function browserScript(name: string): Promise<BrowserScript | undefined> {
  built ??= buildAll().catch((error: unknown) => {
    built = undefined;
    throw error;
  });
  return (await built).get(name);
}

/** The names of the scripts there are, for the pages' tests. */
export function browserScriptNames(): string[] {
  if (!existsSync(SCRIPTS_DIR)) return [];
  return readdirSync(SCRIPTS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3));
}

async function buildAll(): Promise<Map<string, BrowserScript>> {
  const { build } = await import('esbuild');
  const names = browserScriptNames();
  const result = await build({
    entryPoints: Object.fromEntries(names.map((n) => [n, `${SCRIPTS_DIR}${n}.ts`])),
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    outdir: '/scripts',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = (name: string, ext: string) =>
    result.outputFiles.find((file) => file.path === `/scripts/${name}.${ext}`)?.text ?? '';
  return new Map(names.map((n) => [n, { js: output(n, 'js'), css: output(n, 'css') }]));
}
