import type { Knex } from 'knex';
import type { Db } from '../db/connect.ts';
import type { RecordRow } from './serialize.ts';

/** Records as the API shows them; a deleted one waits 30 days for an undo, unseen. */
function selectRecords(db: Db): Knex.QueryBuilder {
  return db('records as r')
    .join('subjects as s', 's.id', 'r.subject_id')
    .whereNull('r.deleted_at')
    .select(
      'r.id',
      'r.subject_id',
      's.name as subject_name',
      'r.type',
      'r.type_text',
      'r.title',
      'r.details',
      'r.tags',
      'r.occurred_at',
      // Dates as text: node-pg would turn a date into a Date at local midnight.
      db.raw('r.occurred_on::text as occurred_on'),
      'r.occurred_date_only',
      'r.when_text',
      'r.value',
      'r.unit',
      'r.metric',
      'r.value_text',
      db.raw('r.next_due::text as next_due'),
      'r.next_due_text',
      'r.created_at',
      'r.updated_at',
    );
}

/** The keyset of the list order: newest first, then id. */
export type RecordSortKey = [occurredAt: string, id: string];

export function recordSortKey(row: RecordRow): RecordSortKey {
  return [row.occurred_at.toISOString(), row.id];
}

export interface RecordFilter {
  subjectId?: string;
  type?: RecordRow['type'];
  from?: Date;
  to?: Date;
  tag?: string;
  q?: string;
  after?: RecordSortKey;
}

export async function listRecords(
  db: Db,
  userId: string,
  filter: RecordFilter,
  limit: number,
): Promise<RecordRow[]> {
  const query = selectRecords(db).where('r.user_id', userId);
  if (filter.subjectId) query.where('r.subject_id', filter.subjectId);
  else query.whereNull('s.archived_at');
  if (filter.type) query.where('r.type', filter.type);
  if (filter.from) query.where('r.occurred_at', '>=', filter.from);
  if (filter.to) query.where('r.occurred_at', '<', filter.to);
  if (filter.tag) query.whereRaw('r.tags @> array[?]::text[]', [filter.tag]);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.where((w) =>
      w
        .whereILike('r.title', pattern)
        .orWhereILike('r.details', pattern)
        .orWhereILike('r.type_text', pattern),
    );
  }
  if (filter.after) {
    query.whereRaw('(r.occurred_at, r.id) < (?::timestamptz, ?::uuid)', filter.after);
  }
  return query
    .orderBy([
      { column: 'r.occurred_at', order: 'desc' },
      { column: 'r.id', order: 'desc' },
    ])
    .limit(limit);
}

export async function getRecord(
  db: Db,
  userId: string,
  id: string,
): Promise<RecordRow | undefined> {
  return selectRecords(db).where({ 'r.user_id': userId, 'r.id': id }).first();
}

/**
 * Records that look like the same event: same subject, type, local day and value; for a
 * record without a value (a symptom, a note), the same title too.
 */
export async function sameDayRecords(
  db: Db,
  userId: string,
  match: {
    subjectId: string;
    type: string;
    occurredOn: string;
    value: number | null;
    title: string;
  },
): Promise<RecordRow[]> {
  const query = selectRecords(db).where({
    'r.user_id': userId,
    'r.subject_id': match.subjectId,
    'r.type': match.type,
    'r.occurred_on': match.occurredOn,
  });
  if (match.value === null) {
    query.whereNull('r.value').whereRaw('lower(r.title) = lower(?)', [match.title]);
  } else query.where('r.value', match.value);
  return query.orderBy('r.created_at').limit(5);
}

/** A record as written: the row without what the database or a join supplies. */
export type NewRecord = Omit<RecordRow, 'id' | 'subject_name' | 'created_at' | 'updated_at'>;

export async function insertRecord(
  db: Db,
  userId: string,
  record: NewRecord,
  now: Date,
): Promise<RecordRow> {
  const [inserted] = await insertRecordQuery(db, userId, record, now).returning('id');
  return (await getRecord(db, userId, inserted.id)) as RecordRow;
}

/** The insert of one record, to be run as it is or inside a larger statement. */
export function insertRecordQuery(db: Db, userId: string, record: NewRecord, now: Date) {
  return db('records').insert({ ...record, user_id: userId, created_at: now, updated_at: now });
}

/**
 * A record row `t` a statement wrote, with its subject `s`, as selectRecords shows it: for
 * `insertJournaled`'s answer.
 */
export const WRITTEN_COLUMNS = [
  't.id',
  't.subject_id',
  's.name as subject_name',
  't.type',
  't.type_text',
  't.title',
  't.details',
  't.tags',
  't.occurred_at',
  't.occurred_on::text as occurred_on',
  't.occurred_date_only',
  't.when_text',
  't.value',
  't.unit',
  't.metric',
  't.value_text',
  't.next_due::text as next_due',
  't.next_due_text',
  't.created_at',
  't.updated_at',
].join(', ');

export type RecordChanges = Partial<NewRecord>;

export async function updateRecord(
  db: Db,
  userId: string,
  id: string,
  changes: RecordChanges,
  now: Date,
): Promise<RecordRow | undefined> {
  const updated = await db('records')
    .where({ user_id: userId, id })
    .whereNull('deleted_at')
    .update({ ...changes, updated_at: now })
    .returning('id');
  return updated.length > 0 ? getRecord(db, userId, id) : undefined;
}

/** Deletes softly: the record is hidden and kept 30 days, so the deletion can be undone. */
export async function deleteRecord(
  db: Db,
  userId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const deleted = await db('records')
    .where({ user_id: userId, id })
    .whereNull('deleted_at')
    .update({ deleted_at: now })
    .returning('id');
  return deleted.length > 0;
}
