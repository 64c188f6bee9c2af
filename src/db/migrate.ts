import type { Knex } from 'knex';
import { migrations } from './migrations/index.ts';

/** Migrations are listed in code, so they load the same under tsx, tests and knex's CLI. */
export const migrationSource: Knex.MigrationSource<(typeof migrations)[number]> = {
  getMigrations: async () => migrations,
  getMigrationName: (migration) => migration.name,
  getMigration: async (migration) => migration,
};

export const migratorConfig: Knex.MigratorConfig = {
  migrationSource,
  tableName: 'knex_migrations',
};

export async function migrateLatest(db: Knex): Promise<string[]> {
  const [, applied] = (await db.migrate.latest(migratorConfig)) as [number, string[]];
  return applied;
}

export async function migrateRollback(db: Knex): Promise<string[]> {
  const [, reverted] = (await db.migrate.rollback(migratorConfig)) as [number, string[]];
  return reverted;
}
