// Tend's TypeScript sources as ES modules, built by esbuild and kept in
// node_modules/.cache/tend until a source is newer: `tend` then starts without
// transpiling file by file and without a loader thread (docs/stack.md, esbuild).
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'tend');

/** The newest modification time of any file under `dir`, in milliseconds. */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

// A bundled module's import.meta.url would name the bundle; each source keeps its own, so
// paths relative to it (openapi.yaml, the MCP views' sources) resolve as they do unbundled.
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

/**
 * The path of the bundle of `entry` (relative to the project root), rebuilt first when a
 * file under src/, beside the entry or this bundler itself is newer than it. A bundle is a
 * directory: the entry and the chunks it imports when it needs them (code splitting), so
 * a command loads the packages it uses, and `serve` opens its database while the rest load.
 */
export async function bundled(entry) {
  const name = entry.replace(/[/\\]/g, '_').replace(/\.ts$/, '');
  const sources = Math.max(
    newestUnder(join(ROOT, 'src')),
    newestUnder(dirname(join(ROOT, entry))),
    // A change to how bundles are made makes them again too.
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
  );
  // Named by the sources' time: a newer build goes beside an older one, never over it, so
  // a process still loading chunks of the older one finds them.
  const version = `${name}-${Math.floor(sources).toString(36)}`;
  const out = join(CACHE, version);
  const main = join(out, `${basename(entry, '.ts')}.mjs`);
  if (!existsSync(main)) {
    const { build } = await import('esbuild');
    mkdirSync(CACHE, { recursive: true });
    // Written into a directory of its own and renamed, so two commands starting at once
    // never read half a bundle; when both build it, the first rename wins. Beside the
    // cache at its depth, so the maps' relative paths to the sources stay right.
    const building = `${out}.building-${process.pid}`;
    await build({
      entryPoints: [join(ROOT, entry)],
      outdir: building,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      // A source map beside each file, naming the sources without carrying them: stack
      // traces only need the mappings, and an inline map with every source in it was kept
      // in memory as part of the module's text. ASCII output keeps that text one byte per
      // character (one "…" in a template made V8 store all of it in two).
      sourcemap: 'linked',
      sourcesContent: false,
      charset: 'ascii',
      logLevel: 'warning',
      plugins: [ownImportMetaUrl],
    });
    try {
      renameSync(building, out);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
    removeOlder(name, version);
  }
  return main;
}

/** Builds of `name` before the one just made and the one before it. */
function removeOlder(name, current) {
  const older = readdirSync(CACHE)
    .filter((entry) => entry !== current && entry.startsWith(`${name}-`))
    .filter((entry) => /^[0-9a-z]+$/.test(entry.slice(name.length + 1)))
    .sort((a, b) => statSync(join(CACHE, b)).mtimeMs - statSync(join(CACHE, a)).mtimeMs);
  for (const entry of older.slice(1)) rmSync(join(CACHE, entry), { recursive: true, force: true });
}
