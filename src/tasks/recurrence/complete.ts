import type { Db } from '../../db/connect.ts';
import { COLUMNS, getTask } from '../queries.ts';
import type { TaskRow } from '../serialize.ts';
import { nextDue } from './occurrences.ts';

export interface Completion {
  task: TaskRow;
  /** For a repeating task, its next occurrence (null if the rule has none left). */
  next: TaskRow | null;
  /** Whether this call added `next` (an earlier completion may have). */
  added: boolean;
}

/**
 * Marks a task done and, for a repeating task, adds its next occurrence. Runs in its own
 * transaction, or in a savepoint when `db` is already a transaction. Only the call that
 * changes the status adds an occurrence (a concurrent second call waits on the row lock,
 * then finds the task done), and the unique `repeated_from` column keeps it to one even
 * after the task is reopened and completed again; every call returns the same one.
 */
export async function completeTask(
  db: Db,
  userId: string,
  id: string,
  now: Date,
  zone: string,
): Promise<Completion | undefined> {
  return db.transaction(async (trx) => {
    const [done] = await trx('tasks')
      .where({ user_id: userId, id })
      .whereNull('deleted_at')
      .whereNot('status', 'done')
      .update({ status: 'done', completed_at: now, updated_at: now })
      .returning(COLUMNS);
    const task: TaskRow | undefined = done ?? (await getTask(trx, userId, id));
    if (!task) return undefined;
    if (!task.repeat_rule) return { task, next: null, added: false };
    const added =
      done !== undefined &&
      (await addNextOccurrence(trx, userId, task, task.repeat_rule, now, zone));
    return { task, next: await nextOccurrenceOf(trx, userId, task.id), added };
  });
}

async function addNextOccurrence(
  db: Db,
  userId: string,
  task: TaskRow,
  rule: string,
  now: Date,
  zone: string,
): Promise<boolean> {
  const due = nextDue(rule, task, now, zone);
  if (!due) return false;
  const occurrence = {
    title: task.title,
    notes: task.notes,
    priority: task.priority,
    tags: task.tags,
    subject_id: task.subject_id,
    repeat_text: task.repeat_text,
    repeat_rule: rule,
    ...due,
    status: 'open',
    completed_at: null,
    created_at: now,
    updated_at: now,
  };
  // One withdrawn when the task was reopened (or deleted) comes back, as if added now.
  const revived = await db('tasks')
    .where({ user_id: userId, repeated_from: task.id })
    .whereNotNull('deleted_at')
    .update({ ...occurrence, deleted_at: null })
    .returning('id');
  if (revived.length > 0) return true;
  const inserted = await db('tasks')
    .insert({ ...occurrence, user_id: userId, repeated_from: task.id })
    .onConflict('repeated_from')
    .ignore()
    .returning('id');
  return inserted.length > 0;
}

export async function nextOccurrenceOf(
  db: Db,
  userId: string,
  id: string,
): Promise<TaskRow | null> {
  const row = await db('tasks')
    .select(COLUMNS)
    .where({ user_id: userId, repeated_from: id })
    .whereNull('deleted_at')
    .first();
  return row ?? null;
}

/**
 * The next occurrence that reopening a task takes back: the one its completion added,
 * still open and untouched since (once edited, it is the user's own).
 */
export async function withdrawableNextOccurrence(
  db: Db,
  userId: string,
  id: string,
): Promise<string | undefined> {
  const row = await db('tasks')
    .where({ user_id: userId, repeated_from: id, status: 'open' })
    .whereNull('deleted_at')
    .whereRaw('updated_at = created_at')
    .first('id');
  return row?.id;
}
