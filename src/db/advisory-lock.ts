import { type Db, isPglite } from './connect.ts';

/**
 * Runs `work` on one instance at a time across every Tend process on the database: in a
 * transaction holding a PostgreSQL advisory lock (`pg_try_advisory_xact_lock`, released on
 * commit or rollback, so a crashed instance never keeps it). Another holder means another
 * instance is doing it right now: `work` is skipped and `undefined` returned. PGlite is one
 * process by design (its data directory is locked), so `work` simply runs.
 */
export async function onOneInstance<T>(
  db: Db,
  lockKey: number,
  work: (db: Db) => Promise<T>,
): Promise<T | undefined> {
  if (isPglite(db)) return work(db);
  return db.transaction(async (trx) => {
    const { rows } = await trx.raw('select pg_try_advisory_xact_lock(?) as got', [lockKey]);
    if (!rows[0]?.got) return undefined;
    return work(trx);
  });
}
