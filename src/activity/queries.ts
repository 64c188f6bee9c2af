import type { Db } from '../db/connect.ts';
import type { Entity, Snapshot } from './entities.ts';

export type Operation = 'create' | 'update' | 'delete' | 'complete' | 'reopen' | 'undo';

export interface ActivityRow {
  id: string;
  /** Insertion order, as text: a bigint. */
  seq: string;
  actor: string;
  operation: Operation;
  entity: Entity;
  entity_id: string;
  before: Snapshot | null;
  after: Snapshot | null;
  created_at: Date;
  undoes_id: string | null;
  undone_at: Date | null;
  undone_by: string | null;
}

function selectActivity(db: Db) {
  return db('activity').select(
    'id',
    db.raw('seq::text as seq'),
    'actor',
    'operation',
    'entity',
    'entity_id',
    'before',
    'after',
    'created_at',
    'undoes_id',
    'undone_at',
    'undone_by',
  );
}

/** The keyset of the list order: newest first, then the later written. */
export type ActivitySortKey = [createdAt: string, seq: string];

export function activitySortKey(row: ActivityRow): ActivitySortKey {
  return [row.created_at.toISOString(), row.seq];
}

export interface ActivityFilter {
  entities: readonly Entity[];
  entityId?: string;
  actor?: string;
  since?: Date;
  after?: ActivitySortKey;
}

export async function listActivity(
  db: Db,
  userId: string,
  filter: ActivityFilter,
  limit: number,
): Promise<ActivityRow[]> {
  const query = selectActivity(db).where('user_id', userId).whereIn('entity', filter.entities);
  if (filter.entityId) query.where('entity_id', filter.entityId);
  if (filter.actor) query.where('actor', filter.actor);
  if (filter.since) query.where('created_at', '>=', filter.since);
  if (filter.after) {
    query.whereRaw(
      '(activity.created_at, activity.seq) < (?::timestamptz, ?::bigint)',
      filter.after,
    );
  }
  // Qualified: a bare `seq` would mean the text column selected, which sorts 10 before 9.
  return query
    .orderBy([
      { column: 'activity.created_at', order: 'desc' },
      { column: 'activity.seq', order: 'desc' },
    ])
    .limit(limit);
}

/** One of the user's entries, locked until the transaction ends. */
export async function getEntryForUpdate(
  db: Db,
  userId: string,
  id: string,
): Promise<ActivityRow | undefined> {
  return selectActivity(db).where({ user_id: userId, id }).forUpdate().first();
}

export interface NewEntry {
  actor: string;
  operation: Operation;
  entity: Entity;
  entity_id: string;
  before: Snapshot | null;
  after: Snapshot;
  undoes_id?: string;
}

export async function insertEntry(
  db: Db,
  userId: string,
  entry: NewEntry,
  now: Date,
): Promise<ActivityRow> {
  const [inserted] = await db('activity')
    .insert({
      ...entry,
      // Serialized here: node-pg would send a JS array as a PostgreSQL array.
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: JSON.stringify(entry.after),
      user_id: userId,
      created_at: now,
    })
    .returning('id');
  return selectActivity(db).where({ user_id: userId, id: inserted.id }).first();
}

/** Marks an entry undone by another; false when it already was (undone at most once). */
export async function markUndone(
  db: Db,
  userId: string,
  id: string,
  undoneBy: string,
  now: Date,
): Promise<boolean> {
  const marked = await db('activity')
    .where({ user_id: userId, id })
    .whereNull('undone_at')
    .update({ undone_at: now, undone_by: undoneBy })
    .returning('id');
  return marked.length > 0;
}
