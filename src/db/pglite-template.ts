import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import knex, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import { jobSchemaSql } from './job-schema.ts';
import { migrateLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

export interface PgliteTemplate {
  /** A data directory fresh from initdb, cleanly shut down: copied into a new one. */
  dir: string;
  /** The same as a tar archive, for PGlite's `loadDataDir` (in-memory databases). */
  archive: string;
}

/** The extensions every PGlite database of Tend's loads (src/db/connect.ts). */
export const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * A new PGlite database begins with initdb, run in WebAssembly: most of a first start and
 * of every in-memory database (each test file has one), several seconds each. What initdb
 * writes depends only on the PGlite build, so it is run once per PGlite version and kept in
 * `node_modules/.cache`; a new database starts from that copy. `migrated` asks for one
 * with every migration of this build applied as well, and the job queue's tables (a
 * first `npm start`, which would make them all next): it is kept per PGlite version and
 * set of migrations, and one for an
 * older set is removed when a newer is made. Undefined when the cache cannot be written
 * (a read-only install): the database is then made the slow way.
 */
export async function pgliteTemplate(
  options: { migrated?: boolean } = {},
): Promise<PgliteTemplate | undefined> {
  const located = locateCache();
  if (!located) return undefined;
  const { cache, version } = located;
  const family = `pglite-${version}${options.migrated ? '-migrated-' : ''}`;
  const name = options.migrated ? `${family}${migrationsFingerprint()}` : family;
  const root = join(cache, name);
  const template = { dir: join(root, 'pgdata'), archive: join(root, 'pgdata.tar') };
  if (existsSync(template.archive)) return template;
  // Built beside it and renamed into place, so a process never sees half a template;
  // when several build one at once (test workers), the first rename wins.
  const building = join(cache, `${name}.${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(building, { recursive: true });
    const pglite = await PGlite.create(join(building, 'pgdata'), {
      extensions: PGLITE_EXTENSIONS,
    });
    await dropTemplateDatabases(pglite);
    const db = options.migrated ? knexOver(pglite) : undefined;
    if (db) {
      await migrateLatest(db);
      await pglite.exec(jobSchemaSql());
    }
    const archive = await pglite.dumpDataDir('none');
    await db?.destroy();
    if (!pglite.closed) await pglite.close();
    writeFileSync(join(building, 'pgdata.tar'), Buffer.from(await archive.arrayBuffer()));
    try {
      renameSync(building, root);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
    if (options.migrated) removeOlder(cache, family, name);
    return existsSync(template.archive) ? template : undefined;
  } catch {
    rmSync(building, { recursive: true, force: true });
    return undefined;
  }
}

/**
 * initdb also writes template0 and template1, which only CREATE DATABASE reads, and Tend's
 * embedded database never creates one: without them a copy has 575 files instead of 1,175,
 * and on a slow disk each file is a millisecond of a first start.
 */
async function dropTemplateDatabases(pglite: PGlite): Promise<void> {
  await pglite.exec(
    `update pg_database set datistemplate = false, datallowconn = true
      where datname in ('template0', 'template1')`,
  );
  await pglite.exec('drop database template0');
  await pglite.exec('drop database template1');
}

/** Knex over one PGlite instance, as src/db/connect.ts wires it. */
export function knexOver(pglite: PGlite): Knex {
  return knex({
    client: ClientPgLite as unknown as typeof Knex.Client,
    dialect: 'postgres',
    // knex-pglite accepts an instance of our own so extensions can be loaded.
    connection: (() => ({ pglite })) as unknown as Knex.StaticConnectionConfig,
  });
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
  hash.update(jobSchemaSql());
  return hash.digest('hex').slice(0, 16);
}

function removeOlder(cache: string, family: string, current: string): void {
  for (const entry of readdirSync(cache)) {
    // Only finished ones: a name with a dot is another process's build in progress.
    if (entry.startsWith(family) && entry !== current && !entry.includes('.', family.length)) {
      rmSync(join(cache, entry), { recursive: true, force: true });
    }
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
