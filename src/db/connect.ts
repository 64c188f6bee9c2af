import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import knex, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import pg from 'pg';

// pg hands bigint and numeric over as strings; Tend's counts and measured values fit
// in a double, and PGlite already returns numbers, so both drivers agree.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export type Db = Knex;

export interface DbTarget {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; when absent (and no databaseUrl), PGlite runs in memory. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  poolMax?: number;
}

export async function connectDb(target: DbTarget): Promise<Db> {
  if (target.databaseUrl) {
    return knex({
      client: 'pg',
      connection: target.databaseUrl,
      pool: { min: 0, max: target.poolMax ?? 10 },
    });
  }
  let dir: string | undefined;
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    dir = join(target.dataDir, 'pgdata');
  }
  const pglite = await PGlite.create(dir, { extensions: { pg_trgm } });
  return knex({
    client: ClientPgLite as unknown as typeof Knex.Client,
    dialect: 'postgres',
    // knex-pglite accepts an instance of our own so extensions can be loaded.
    connection: (() => ({ pglite })) as unknown as Knex.StaticConnectionConfig,
  });
}

export function isPglite(db: Db): boolean {
  return db.client.config.client !== 'pg';
}
