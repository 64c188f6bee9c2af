import { existsSync, mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import knex, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import pg from 'pg';
import type { Logger } from 'pino';
import { copyTemplateInto, pgdataIn } from './new-data-dir.ts';
import { PGLITE_OPTIONS } from './pglite-options.ts';
import { pgliteTemplate, templateArchive } from './pglite-template.ts';

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
  /** Bounds on every wait for the database; absent, waits are unbounded (migrations). */
  timeouts?: DbTimeouts;
  /** Where knex's own warnings go (a connection found broken, …); default the console. */
  log?: Pick<Logger, 'warn'>;
  /**
   * A new PGlite database starts with this build's migrations already applied, for a
   * caller that migrates to the latest next anyway (`tend serve`).
   */
  startMigrated?: boolean;
}

export interface DbTimeouts {
  /** Longest a statement may run; PostgreSQL cancels it, and Tend stops waiting. */
  statementMs: number;
  /** Longest a request waits for a pooled connection (or a new one to open). */
  acquireMs: number;
}

/**
 * How much longer than the server's statement_timeout Tend waits for a reply before it
 * gives up on the connection: a live server cancels first and the connection survives.
 */
const READ_GRACE_MS = 250;

export async function connectDb(target: DbTarget): Promise<Db> {
  const timeouts = target.timeouts;
  if (target.databaseUrl) {
    return knex({
      client: 'pg',
      ...(target.log && { log: knexLog(target.log) }),
      connection: timeouts
        ? {
            connectionString: target.databaseUrl,
            // Server side: a slow statement is cancelled (SQLSTATE 57014).
            statement_timeout: timeouts.statementMs,
            // Client side: a server that does not answer at all (hung, stopped, cut off
            // by the network) is given up on, since it cannot cancel anything itself.
            query_timeout: timeouts.statementMs + READ_GRACE_MS,
            connectionTimeoutMillis: timeouts.acquireMs,
            keepAlive: true,
          }
        : target.databaseUrl,
      pool: {
        min: 0,
        max: target.poolMax ?? 10,
        ...(timeouts && {
          acquireTimeoutMillis: timeouts.acquireMs,
          createTimeoutMillis: timeouts.acquireMs,
          afterCreate: dropOnReadTimeout,
          validate: (connection: pg.Client) => !brokenConnections.has(connection),
        }),
      },
    });
  }
  let dir: string | undefined;
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    dir = pgdataIn(target.dataDir);
  }
  // A new database starts as a copy of initdb's output rather than running it again.
  const migrated = target.startMigrated ?? false;
  const template =
    dir === undefined || !existsSync(dir) ? await pgliteTemplate({ migrated }) : undefined;
  if (dir !== undefined && template) await copyTemplateInto(template.dir, dir);
  const pglite = await PGlite.create(dir, {
    ...PGLITE_OPTIONS,
    ...(dir === undefined && template && { loadDataDir: templateArchive(template) }),
  });
  const db = knex({
    client: ClientPgLite as unknown as typeof Knex.Client,
    dialect: 'postgres',
    // knex-pglite accepts an instance of our own so extensions can be loaded.
    connection: (() => ({ pglite })) as unknown as Knex.StaticConnectionConfig,
    ...(target.log && { log: knexLog(target.log) }),
    // One connection: a request stuck behind a long one answers 503 rather than waiting on.
    // (knex-pglite refuses pool options; knex's own acquireConnectionTimeout reaches it.)
    ...(timeouts && { acquireConnectionTimeout: timeouts.acquireMs }),
  });
  if (template && migrated) madeMigrated.add(db);
  return db;
}

/** Databases just made from this build's migrated template (`startMigrated`). */
const madeMigrated = new WeakSet<Db>();

/** Whether connectDb made this database from the migrated template: nothing to migrate. */
export function startedMigrated(db: Db): boolean {
  return madeMigrated.has(db);
}

function knexLog(log: Pick<Logger, 'warn'>) {
  const warn = (message: unknown) => log.warn({ knex: message }, 'database driver warning');
  return { warn, deprecate: warn };
}

/** Connections whose server stopped answering mid-query: never handed out again. */
const brokenConnections = new WeakSet<pg.Client>();

/**
 * pg's query_timeout fails the query but keeps the connection waiting for the reply, so
 * the next query on it would wait behind the lost one: close it instead, and let the pool
 * open a fresh one once the server is back.
 */
function dropOnReadTimeout(
  connection: pg.Client,
  done: (error: Error | null, connection: pg.Client) => void,
): void {
  const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
  (connection as { query: unknown }).query = (...args: unknown[]) => {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: Error | null, result: unknown) => {
        if (error?.message === 'Query read timeout') {
          brokenConnections.add(connection);
          (
            connection as unknown as { connection: { stream: { destroy(): void } } }
          ).connection.stream.destroy();
        }
        callback(error, result);
      };
    }
    return query(...args);
  };
  done(null, connection);
}

export function isPglite(db: Db): boolean {
  return db.client.config.client !== 'pg';
}

/** The PGlite instance behind a knex made by connectDb (or wired as it wires one). */
export function pgliteOf(db: Db): PGlite | undefined {
  if (!isPglite(db)) return undefined;
  const connection = db.client.config.connection as unknown;
  const given = typeof connection === 'function' ? connection() : connection;
  return (given as { pglite?: PGlite } | undefined)?.pglite;
}

/**
 * How to open one more PostgreSQL connection of the pool's database, outside the pool and
 * without its request timeouts (a listener waits indefinitely by design).
 */
export function serverConnection(db: Db): pg.ClientConfig | undefined {
  if (isPglite(db)) return undefined;
  // knex has parsed a plain connection string into its parts by now.
  const { statement_timeout, query_timeout, ...settings } = db.client.config
    .connection as pg.ClientConfig;
  return { ...settings, keepAlive: true };
}
