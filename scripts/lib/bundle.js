// Tend's TypeScript sources as one ES module, built by esbuild and kept in
// node_modules/.cache/tend until a source is newer: `tend` then starts without
// transpiling file by file and without a loader thread (docs/stack.md, tsx).
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

function builtAt(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
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
 * file under src/, beside the entry or this bundler itself is newer than it.
 */
export async function bundled(entry) {
  const name = entry.replace(/[/\\]/g, '_').replace(/\.ts$/, '.mjs');
  const out = join(CACHE, name);
  const sources = Math.max(
    newestUnder(join(ROOT, 'src')),
    newestUnder(dirname(join(ROOT, entry))),
    // A change to how bundles are made makes them again too.
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
  );
  if (builtAt(out) < sources) {
    const { build } = await import('esbuild');
    mkdirSync(dirname(out), { recursive: true });
    // Written into a directory of its own and renamed, map first, so two commands starting
    // at once never read half a file; the bundle names its map by the final name. Beside
    // the cache at its depth, so the map's relative paths to the sources stay right.
    // One per bundle: one process may build several at once (the bench's servers).
    const building = `${CACHE}-building-${process.pid}-${name}`;
    const temporary = join(building, name);
    await build({
      entryPoints: [join(ROOT, entry)],
      outfile: temporary,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      // A source map beside the bundle, naming the sources without carrying them: stack
      // traces only need the mappings, and an inline map with every source in it was kept
      // in memory as part of the module's text. ASCII output keeps that text one byte per
      // character (one "…" in a template made V8 store all of it in two).
      sourcemap: 'linked',
      sourcesContent: false,
      charset: 'ascii',
      logLevel: 'warning',
      plugins: [ownImportMetaUrl],
    });
    renameSync(`${temporary}.map`, `${out}.map`);
    renameSync(temporary, out);
    rmSync(building, { recursive: true, force: true });
  }
  return out;
}
