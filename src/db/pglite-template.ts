import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

export interface PgliteTemplate {
  /** A data directory fresh from initdb, cleanly shut down: copied into a new one. */
  dir: string;
  /** The same as a tar archive, for PGlite's `loadDataDir` (in-memory databases). */
  archive: string;
}

/**
 * A new PGlite database begins with initdb, run in WebAssembly: most of a first start and
 * of every in-memory database (each test file has one), several seconds each. What initdb
 * writes depends only on the PGlite build, so it is run once per PGlite version and kept in
 * `node_modules/.cache`; a new database starts from that copy. Undefined when the cache
 * cannot be written (a read-only install): the database is then made the slow way.
 */
export async function pgliteTemplate(): Promise<PgliteTemplate | undefined> {
  const located = locateCache();
  if (!located) return undefined;
  const { cache, version } = located;
  const root = join(cache, `pglite-${version}`);
  const template = { dir: join(root, 'pgdata'), archive: join(root, 'pgdata.tar') };
  if (existsSync(template.archive)) return template;
  // Built beside it and renamed into place, so a process never sees half a template;
  // when several build one at once (test workers), the first rename wins.
  const building = join(cache, `pglite-${version}.${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(building, { recursive: true });
    const pglite = await PGlite.create(join(building, 'pgdata'));
    const archive = await pglite.dumpDataDir('none');
    await pglite.close();
    writeFileSync(join(building, 'pgdata.tar'), Buffer.from(await archive.arrayBuffer()));
    try {
      renameSync(building, root);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
    return existsSync(template.archive) ? template : undefined;
  } catch {
    rmSync(building, { recursive: true, force: true });
    return undefined;
  }
}

/** Reads an archive for `loadDataDir`. */
export function templateArchive(template: PgliteTemplate): Blob {
  return new Blob([readFileSync(template.archive)]);
}

function locateCache(): { cache: string; version: string } | undefined {
  try {
    // …/node_modules/@electric-sql/pglite/dist/index.cjs
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const packageDir = dirname(dirname(entry));
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    return { cache: join(packageDir, '..', '..', '.cache', 'tend'), version };
  } catch {
    return undefined;
  }
}
