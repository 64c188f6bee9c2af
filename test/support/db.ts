import { randomBytes } from 'node:crypto';
import knex from 'knex';
import { connectDb, type Db } from '../../src/db/connect.ts';
import { migrateLatest } from '../../src/db/migrate.ts';

export interface TestDb {
  db: Db;
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by DATABASE_URL (dropped afterwards).
 * `migrate: false` leaves it empty, for a test that walks the migrations itself.
 */
export async function createTestDb(options: { migrate?: boolean } = {}): Promise<TestDb> {
  const migrate = options.migrate ?? true;
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await connectDb({});
    if (migrate) await migrateLatest(db);
    return { db, destroy: () => db.destroy() };
  }
  const name = `tend_test_${randomBytes(6).toString('hex')}`;
  const admin = knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  await admin.raw('create database ??', [name]);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await connectDb({ databaseUrl: url.toString(), poolMax: 5 });
  if (migrate) await migrateLatest(db);
  return {
    db,
    async destroy() {
      await db.destroy();
      await admin.raw('drop database if exists ?? with (force)', [name]);
      await admin.destroy();
    },
  };
}
