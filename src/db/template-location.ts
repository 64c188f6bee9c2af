import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { jobSchemaVersion } from './job-schema.ts';
import { migrations } from './migrations/index.ts';

export interface PgliteTemplate {
  /** A data directory fresh from initdb, cleanly shut down: copied into a new one. */
  dir: string;
  /** The same as a tar archive, for PGlite's `loadDataDir` (in-memory databases). */
  archive: string;
}

export interface TemplateLocation {
  /** node_modules/.cache/tend, where the templates are kept. */
  cache: string;
  /** Names of templates of this kind for any set of migrations (to clear older ones). */
  family: string;
  /** This template's name in the cache. */
  name: string;
  template: PgliteTemplate;
}

/**
 * Where the template for this PGlite version (and, when `migrated`, this build's
 * migrations) is kept, whether or not it is made yet; undefined when PGlite's package
 * cannot be found. Reads no more than PGlite's package.json, so a start can look for one
 * before the database's code has loaded (src/db/new-data-dir.ts).
 */
export function templateLocation(
  options: { migrated?: boolean } = {},
): TemplateLocation | undefined {
  const located = locateCache();
  if (!located) return undefined;
  const { cache, version } = located;
  const family = `pglite-${version}${options.migrated ? '-migrated-' : ''}`;
  const name = options.migrated ? `${family}${migrationsFingerprint()}` : family;
  const root = join(cache, name);
  return {
    cache,
    family,
    name,
    template: { dir: join(root, 'pgdata'), archive: join(root, 'pgdata.tar') },
  };
}

/**
 * Names and code of every migration, and the job queue's tables: a template made by other
 * ones is not this one.
 */
function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const migration of migrations) {
    hash.update(`${migration.name}\n${migration.up}\n${migration.down}\n`);
  }
  hash.update(jobSchemaVersion());
  return hash.digest('hex').slice(0, 16);
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
