import cluster from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from '../app/config.ts';
import type { Db } from '../db/connect.ts';
import { type DataDirLock, lockDataDir } from '../db/data-dir-lock.ts';
import { migrateLatest } from '../db/migrate.ts';
import { startNewDataDir } from '../db/new-data-dir.ts';

export interface OpenDatabase {
  db: Db;
  /** The embedded database's data directory, held until the server stops. */
  lock?: DataDirLock;
}

/**
 * The server's database, migrated to this build: the embedded one locked and made from
 * the migrated template when new, or PostgreSQL's pool once migrations have run (by the
 * primary alone when there are workers).
 */
export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  const embedded = !config.databaseUrl;
  const lock = embedded ? lockDataDir(config.dataDir) : undefined;
  // A new embedded database is copied in while the database's code (and the server's)
  // loads: this module imports neither until the copy has begun.
  const made = embedded ? startNewDataDir(config.dataDir) : Promise.resolve(false);
  made.catch(() => {});
  try {
    const { connectDb, startedMigrated } = await import('../db/connect.ts');
    const madeMigrated = await made;
    // Migrations may run longer than any request should: on PostgreSQL they get their own
    // connection without the request timeouts (PGlite bounds only the wait for its one).
    if (!embedded && !cluster.isWorker) {
      await migrate(await connectDb({ databaseUrl: config.databaseUrl, log }), log);
    }
    const db = await connectDb({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      timeouts: { statementMs: config.dbStatementTimeoutMs, acquireMs: config.dbAcquireTimeoutMs },
      log,
      // A first start copies a database already migrated by this build (src/db/).
      startMigrated: true,
    });
    if (embedded && !madeMigrated && !startedMigrated(db)) await migrate(db, log, { keep: true });
    return { db, ...(lock && { lock }) };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Migrations for the primary of `--workers`, which serves nothing itself. */
export async function migrateOnly(config: Config, log: Logger): Promise<void> {
  const { connectDb } = await import('../db/connect.ts');
  await migrate(await connectDb({ databaseUrl: config.databaseUrl, log }), log);
}

async function migrate(db: Db, log: Logger, options: { keep?: boolean } = {}): Promise<void> {
  try {
    const applied = await migrateLatest(db);
    if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
  } finally {
    if (!options.keep) await db.destroy();
  }
}
