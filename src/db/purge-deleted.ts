import type { Db } from './connect.ts';

/** How long a deleted task or record is kept, hidden, so that its deletion can be undone. */
export const SOFT_DELETE_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Deletes for good what was deleted longer ago than the retention; returns how many. */
export async function purgeDeleted(db: Db, table: 'tasks' | 'records', now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - SOFT_DELETE_RETENTION_MS);
  // Counted from `returning`: knex-pglite answers a bare delete with the raw result.
  const purged = await db(table).where('deleted_at', '<', cutoff).delete().returning('id');
  return purged.length;
}
