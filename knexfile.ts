/**
 * For knex's own CLI against PostgreSQL (`npx knex migrate:status`). Tend itself runs
 * migrations at start and through `tend migrate`, which also covers the embedded database.
 */
import { loadConfig } from './src/app/config.ts';
import { migratorConfig } from './src/db/migrate.ts';

const config = loadConfig();

export default {
  client: 'pg',
  connection: config.databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/tend',
  migrations: migratorConfig,
};
