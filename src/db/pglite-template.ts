import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import knex, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import { jobSchemaSql } from './job-schema.ts';
import { migrateLatest } from './migrate.ts';
import { PGLITE_OPTIONS } from './pglite-options.ts';
import { type PgliteTemplate, templateLocation } from './template-location.ts';

export type { PgliteTemplate };

/**
 * A new PGlite database begins with initdb, run in WebAssembly: most of a first start and
 * of every in-memory database (each test file has one), several seconds each. What initdb
 * writes depends only on the PGlite build, so it is run once per PGlite version and kept in
 * `node_modules/.cache`; a new database starts from that copy. `migrated` asks for one with
 * every migration of this build applied as well, and the job queue's tables (a first
 * `npm start`, which would make them all next): it is kept per PGlite version and set of
 * migrations (src/db/template-location.ts), and one for an older set is removed when a
 * newer is made. Undefined when the cache cannot be written (a read-only install): the
 * database is then made the slow way.
 */
export async function pgliteTemplate(
  options: { migrated?: boolean } = {},
): Promise<PgliteTemplate | undefined> {
  const location = templateLocation(options);
  if (!location) return undefined;
  const { cache, family, name, template } = location;
  if (existsSync(template.archive)) return template;
  // Built beside it and renamed into place, so a process never sees half a template;
  // when several build one at once (test workers), the first rename wins.
  const building = join(cache, `${name}.${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(building, { recursive: true });
    const pglite = await PGlite.create(join(building, 'pgdata'), PGLITE_OPTIONS);
    await dropTemplateDatabases(pglite);
    const db = options.migrated ? knexOver(pglite) : undefined;
    if (db) {
      await migrateLatest(db);
      await pglite.exec(await jobSchemaSql());
    }
    const archive = await pglite.dumpDataDir('none');
    await db?.destroy();
    if (!pglite.closed) await pglite.close();
    writeFileSync(join(building, 'pgdata.tar'), Buffer.from(await archive.arrayBuffer()));
    try {
      renameSync(building, dirname(template.dir));
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
