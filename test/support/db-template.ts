import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import knex, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import { connectDb, type Db } from '../../src/db/connect.ts';
import { migrateLatest } from '../../src/db/migrate.ts';
import { PGLITE_OPTIONS } from '../../src/db/pglite-options.ts';

/** What the global setup hands every test file: where its migrated copy comes from. */
export type DbTemplate = { kind: 'pglite'; file: string } | { kind: 'postgres'; database: string };

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: DbTemplate;
  }
}

/** Knex over a PGlite instance, wired as src/db/connect.ts wires it. */
export function pgliteDb(pglite: PGlite): Db {
  return knex({
    client: ClientPgLite as unknown as typeof Knex.Client,
    dialect: 'postgres',
    connection: (() => ({ pglite })) as unknown as Knex.StaticConnectionConfig,
  });
}

/** A PGlite database started from a migrated data directory, as a tarball. */
export async function pgliteFromDump(dump: Blob): Promise<Db> {
  return pgliteDb(await PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: dump }));
}

export function serverDbUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

type Built =
  | { kind: 'pglite'; dump: Uint8Array }
  | { kind: 'postgres'; database: string; drop(): Promise<void> };

/** Migrates one database to copy from: PGlite's data directory, or a server database. */
export async function buildTemplate(serverUrl: string | undefined): Promise<Built> {
  if (!serverUrl) {
    const pglite = await PGlite.create(PGLITE_OPTIONS);
    const db = pgliteDb(pglite);
    await migrateLatest(db);
    // Uncompressed: loading skips gunzip, and the file only lives for one run.
    const dump = new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
    await db.destroy();
    return { kind: 'pglite', dump };
  }
  const database = `tend_test_template_${randomBytes(6).toString('hex')}`;
  const admin = knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  await admin.raw('create database ??', [database]);
  const db = await connectDb({ databaseUrl: serverDbUrl(serverUrl, database), poolMax: 1 });
  try {
    await migrateLatest(db);
  } finally {
    // A database is copied only while no one is connected to it.
    await db.destroy();
  }
  return {
    kind: 'postgres',
    database,
    async drop() {
      await admin.raw('drop database if exists ?? with (force)', [database]);
      await admin.destroy();
    },
  };
}
