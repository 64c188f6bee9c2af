import type { Db } from '../../db/connect.ts';
import {
  type AccountExport,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportRecord,
  type ExportSubject,
  type ExportTask,
  exportTime,
} from './export-format.ts';

/**
 * Everything the person keeps, as one document that imports back exactly: no database
 * ids (references local to the document instead), a fixed order (the person first, then
 * by when each was added, ties by id; an import hands out ids in document order, so the
 * ties fall the same way again), UTC times. Deleted tasks and records are left out;
 * archived people and pets stay, since their records do.
 */
export async function exportAccount(db: Db, userId: string): Promise<AccountExport> {
  const user = await db('users').where({ id: userId }).first('display_name', 'timezone');
  const subjectRows = await db('subjects')
    .where({ user_id: userId })
    .orderBy([{ column: 'is_self', order: 'desc' }, 'created_at', 'id'])
    .select(
      'id',
      'is_self',
      'name',
      'kind',
      'species',
      'breed',
      'sex',
      'birth_year',
      'birth_month',
      'birth_day',
      'birthday_precision',
      'notes',
      'archived_at',
      'created_at',
      'updated_at',
    );
  const recordRows = await db('records')
    .where({ user_id: userId })
    .whereNull('deleted_at')
    .orderBy(['created_at', 'id'])
    .select(
      'id',
      'subject_id',
      'type',
      'type_text',
      'title',
      'details',
      'tags',
      'occurred_at',
      db.raw('occurred_on::text as occurred_on'),
      'occurred_date_only',
      'when_text',
      'value',
      'unit',
      'metric',
      'value_text',
      db.raw('next_due::text as next_due'),
      'next_due_text',
      'created_at',
      'updated_at',
    );
  const taskRows = await db('tasks')
    .where({ user_id: userId })
    .whereNull('deleted_at')
    .orderBy(['created_at', 'id'])
    .select(
      'id',
      'subject_id',
      'title',
      'notes',
      'status',
      'priority',
      'tags',
      'due_at',
      'due_by',
      'due_date_only',
      'due_text',
      'repeat_text',
      'repeat_rule',
      'repeated_from',
      'record_id',
      'completed_at',
      'created_at',
      'updated_at',
    );

  const subjectRef = refsFor(subjectRows, 's');
  const recordRef = refsFor(recordRows, 'r');
  const taskRef = refsFor(taskRows, 't');
  const refOf = (refs: Map<string, string>, id: string | null) =>
    id === null ? null : (refs.get(id) ?? null);

  const subjects: ExportSubject[] = subjectRows.map((row) => ({
    ref: subjectRef.get(row.id) as string,
    is_self: row.is_self,
    name: row.name,
    kind: row.kind,
    species: row.species,
    breed: row.breed,
    sex: row.sex,
    birth_year: row.birth_year,
    birth_month: row.birth_month,
    birth_day: row.birth_day,
    birthday_precision: row.birthday_precision,
    notes: row.notes,
    archived_at: exportTime(row.archived_at),
    created_at: exportTime(row.created_at),
    updated_at: exportTime(row.updated_at),
  }));
  const records: ExportRecord[] = recordRows.map((row) => ({
    ref: recordRef.get(row.id) as string,
    subject: subjectRef.get(row.subject_id) as string,
    type: row.type,
    type_text: row.type_text,
    title: row.title,
    details: row.details,
    tags: row.tags,
    occurred_at: exportTime(row.occurred_at),
    occurred_on: row.occurred_on,
    occurred_date_only: row.occurred_date_only,
    when_text: row.when_text,
    value: row.value === null ? null : Number(row.value),
    unit: row.unit,
    metric: row.metric,
    value_text: row.value_text,
    next_due: row.next_due,
    next_due_text: row.next_due_text,
    created_at: exportTime(row.created_at),
    updated_at: exportTime(row.updated_at),
  }));
  const tasks: ExportTask[] = taskRows.map((row) => ({
    ref: taskRef.get(row.id) as string,
    subject: refOf(subjectRef, row.subject_id),
    title: row.title,
    notes: row.notes,
    status: row.status,
    priority: row.priority,
    tags: row.tags,
    due_at: exportTime(row.due_at),
    due_by: exportTime(row.due_by),
    due_date_only: row.due_date_only,
    due_text: row.due_text,
    repeat_text: row.repeat_text,
    repeat_rule: row.repeat_rule,
    // An occurrence or record that was deleted is not in the document: the link goes too.
    repeated_from: refOf(taskRef, row.repeated_from),
    reminder_for: refOf(recordRef, row.record_id),
    completed_at: exportTime(row.completed_at),
    created_at: exportTime(row.created_at),
    updated_at: exportTime(row.updated_at),
  }));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    account: { display_name: user.display_name, timezone: user.timezone },
    subjects,
    tasks,
    records,
  };
}

/** `s1`, `s2`, … in document order. */
function refsFor(rows: { id: string }[], prefix: string): Map<string, string> {
  return new Map(rows.map((row, i) => [row.id, `${prefix}${i + 1}`]));
}
