import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import knex from 'knex';
import { connectDb, type Db } from '../../src/db/connect.ts';
import { migrateLatest } from '../../src/db/migrate.ts';
import { type DbTemplate, pgliteFromDump, serverDbUrl } from './db-template.ts';

export interface TestDb {
  db: Db;
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by DATABASE_URL (dropped afterwards).
 * The migrated ones are copies of the database test/support/global-setup.ts migrated
 * once for the run, which is what running the migrations here would give, only sooner.
 * `migrate: false` leaves it empty, for a test that walks the migrations itself.
 */
export async function createTestDb(options: { migrate?: boolean } = {}): Promise<TestDb> {
  const migrate = options.migrate ?? true;
  const template = migrate ? await runTemplate() : undefined;
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const copyOf = template?.kind === 'pglite' ? template : undefined;
    const db = copyOf ? await pgliteFromDump(await dumpOf(copyOf)) : await connectDb({});
    if (migrate && !copyOf) await migrateLatest(db);
    return { db, destroy: () => db.destroy() };
  }
  const name = `tend_test_${randomBytes(6).toString('hex')}`;
  const admin = knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  const copyOf = template?.kind === 'postgres' ? template.database : undefined;
  if (copyOf) await admin.raw('create database ?? template ??', [name, copyOf]);
  else await admin.raw('create database ??', [name]);
  const db = await connectDb({ databaseUrl: serverDbUrl(serverUrl, name), poolMax: 5 });
  if (migrate && !copyOf) await migrateLatest(db);
  return {
    db,
    async destroy() {
      await db.destroy();
      await admin.raw('drop database if exists ?? with (force)', [name]);
      await admin.destroy();
    },
  };
}

/** Read once per file: a file that opens several databases copies the same bytes. */
let dump: Promise<Blob> | undefined;
function dumpOf(template: Extract<DbTemplate, { kind: 'pglite' }>): Promise<Blob> {
  dump ??= readFile(template.file).then((bytes) => new Blob([bytes]));
  return dump;
}

/**
 * The database test/support/global-setup.ts migrated for this vitest run; none outside
 * vitest (scripts/prism-proxy.ts builds its database here too), which then migrates.
 */
async function runTemplate(): Promise<DbTemplate | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  return inject('dbTemplate');
}
