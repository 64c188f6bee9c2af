import type { Knex } from 'knex';
import type { Db } from '../db/connect.ts';
import { runStatement, type SqlPart } from '../db/statement.ts';
import type { DueFields } from './due.ts';
import type { TaskRow } from './serialize.ts';

export const COLUMNS = [
  'id',
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
  'subject_id',
  'completed_at',
  'created_at',
  'updated_at',
] as const;

/** The keyset of the list order: due time (undated last), then creation, then id. */
export type TaskSortKey = [dueAt: string | null, createdAt: string, id: string];

export function taskSortKey(row: TaskRow): TaskSortKey {
  return [row.due_at?.toISOString() ?? null, row.created_at.toISOString(), row.id];
}

export interface TaskFilter {
  status: 'open' | 'done' | 'all';
  dueBefore?: Date;
  dueAfter?: Date;
  overdue?: boolean;
  tag?: string;
  q?: string;
  subjectId?: string;
  after?: TaskSortKey;
  now: Date;
}

/**
 * The list query is Tend's hottest path, so its SQL is written out rather than built by
 * knex on every call, and run as a prepared statement (src/db/statement.ts).
 */
export async function listTasks(
  db: Db,
  userId: string,
  filter: TaskFilter,
  limit: number,
): Promise<TaskRow[]> {
  // A deleted task waits 30 days for an undo; until then it is invisible.
  const where = ['user_id = ?', 'deleted_at is null'];
  const bindings: Knex.RawBinding[] = [userId];
  const add = (condition: string, ...values: Knex.RawBinding[]) => {
    where.push(condition);
    bindings.push(...values);
  };
  if (filter.status !== 'all') add('status = ?', filter.status);
  if (filter.dueBefore) add('due_at < ?', filter.dueBefore);
  if (filter.dueAfter) add('due_at >= ?', filter.dueAfter);
  if (filter.overdue === true) add(`status = 'open' and due_by <= ?`, filter.now);
  if (filter.overdue === false)
    add(`(status <> 'open' or due_by is null or due_by > ?)`, filter.now);
  if (filter.tag) add('tags @> array[?]::text[]', filter.tag);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    add('(title ilike ? or notes ilike ?)', pattern, pattern);
  }
  if (filter.subjectId) add('subject_id = ?', filter.subjectId);
  if (filter.after) {
    const [dueAt, createdAt, id] = filter.after;
    add(
      `(due_sort, created_at, id) > (coalesce(?::timestamptz, 'infinity'::timestamptz), ?::timestamptz, ?::uuid)`,
      dueAt,
      createdAt,
      id,
    );
  }
  return runStatement<TaskRow>(
    db,
    `select ${COLUMNS.join(', ')} from tasks where ${where.join(' and ')} order by due_sort, created_at, id limit ?`,
    [...bindings, limit],
  );
}

export async function getTask(db: Db, userId: string, id: string): Promise<TaskRow | undefined> {
  return db('tasks').select(COLUMNS).where({ user_id: userId, id }).whereNull('deleted_at').first();
}

export interface NewTask extends DueFields {
  /** Given when the statement that inserts it must know it beforehand (its title guard). */
  id?: string;
  title: string;
  notes: string | null;
  priority: TaskRow['priority'];
  tags: string[];
  subject_id: string | null;
  repeat_text?: string | null;
  repeat_rule?: string | null;
  /** The occurrence this one follows (see tasks/recurrence). */
  repeated_from?: string | null;
  /** The record a reminder task was made for (see records/reminder). */
  record_id?: string | null;
}

export async function insertTask(
  db: Db,
  userId: string,
  task: NewTask,
  now: Date,
): Promise<TaskRow> {
  const { sql, bindings } = taskInsert(userId, task, now);
  const [row] = await runStatement<TaskRow>(db, `${sql} returning ${COLUMNS.join(', ')}`, bindings);
  return row as TaskRow;
}

/** Every column a new task is given; those it leaves out are null, an id is made for it. */
const INSERTED = [
  'title',
  'notes',
  'priority',
  'tags',
  'due_at',
  'due_by',
  'due_date_only',
  'due_text',
  'subject_id',
  'repeat_text',
  'repeat_rule',
  'repeated_from',
  'record_id',
] as const satisfies readonly (keyof NewTask)[];
// A field added to NewTask and not to INSERTED is a compile error here, not a lost value.
type NotInserted = Exclude<keyof NewTask, 'id' | (typeof INSERTED)[number]>;
const everyFieldInserted: [NotInserted] extends [never] ? true : NotInserted = true;
void everyFieldInserted;

const INSERT_TASK_SQL = `insert into tasks (id, ${INSERTED.join(', ')}, user_id, status, created_at, updated_at)
  values (coalesce(?::uuid, gen_random_uuid()), ${INSERTED.map(() => '?').join(', ')}, ?, 'open', ?, ?)`;

/**
 * The insert of one new open task, without RETURNING: one text whatever the task holds, so
 * PostgreSQL prepares it once (src/db/statement.ts).
 */
function taskInsert(userId: string, task: NewTask, now: Date): SqlPart {
  return {
    sql: INSERT_TASK_SQL,
    bindings: [
      task.id ?? null,
      ...INSERTED.map((column) => (task[column] ?? null) as Knex.RawBinding),
      userId,
      now,
      now,
    ],
  };
}

/** The insert for createTask's own statement (`insertJournaled`), answering the whole row. */
export function insertTaskStatement(userId: string, task: NewTask, now: Date): SqlPart {
  const { sql, bindings } = taskInsert(userId, task, now);
  return { sql: `${sql} returning *`, bindings };
}

/** COLUMNS of a task row `t` a statement wrote, for `insertJournaled`'s answer. */
export const WRITTEN_COLUMNS = COLUMNS.map((column) => `t.${column}`).join(', ');

export type TaskChanges = Partial<NewTask>;

export async function updateTask(
  db: Db,
  userId: string,
  id: string,
  changes: TaskChanges,
  now: Date,
): Promise<TaskRow | undefined> {
  const [row] = await db('tasks')
    .where({ user_id: userId, id })
    .whereNull('deleted_at')
    .update({ ...changes, updated_at: now })
    .returning(COLUMNS);
  return row;
}

/** Sets the status; a task already in that state is returned unchanged. */
export async function setTaskStatus(
  db: Db,
  userId: string,
  id: string,
  status: 'open' | 'done',
  now: Date,
): Promise<TaskRow | undefined> {
  const [changed] = await db('tasks')
    .where({ user_id: userId, id })
    .whereNull('deleted_at')
    .whereNot('status', status)
    .update({ status, completed_at: status === 'done' ? now : null, updated_at: now })
    .returning(COLUMNS);
  return changed ?? getTask(db, userId, id);
}

/** Deletes softly: the task is hidden and kept 30 days, so the deletion can be undone. */
export async function deleteTask(db: Db, userId: string, id: string, now: Date): Promise<boolean> {
  const deleted = await db('tasks')
    .where({ user_id: userId, id })
    .whereNull('deleted_at')
    .update({ deleted_at: now })
    .returning('id');
  return deleted.length > 0;
}

/** How far back an open task with the same title counts as a suspected double. */
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

/**
 * Makes concurrent creates of one title by one user wait for each other until the first
 * commits, so that the second sees the first (two identical calls at once, a client
 * retrying before the first answer came back). Taken in the create's own statement and
 * held until it commits; the key is the user and the title as `recentDuplicates` compares
 * it, and `tend_guard_task_title` (migration 0116) takes the same. Different titles never
 * wait on each other, except on a hash collision.
 */
export function taskTitleLock(userId: string, title: string): SqlPart {
  return {
    sql: `select pg_advisory_xact_lock(hashtextextended(? || ':' || lower(?), 0))`,
    bindings: [`tend:task-title:${userId}`, title],
  };
}

/**
 * The title lock and the duplicate look in one query, for the create's own statement
 * (migration 0116): it raises SQLSTATE `DUPLICATE_TASK` when `recentDuplicates` would find
 * a row other than `selfId`, the task the statement creates.
 */
export function taskTitleGuard(
  userId: string,
  match: { title: string; subjectId: string | null; selfId: string },
  now: Date,
): SqlPart {
  return {
    sql: 'select tend_guard_task_title(?::uuid, ?, ?::uuid, ?::timestamptz, ?::uuid)',
    bindings: [
      userId,
      match.title.trim(),
      match.subjectId,
      new Date(now.getTime() - DUPLICATE_WINDOW_MS),
      match.selfId,
    ],
  };
}

/** The SQLSTATE `tend_guard_task_title` raises on a double. */
export const DUPLICATE_TASK = 'TDUP1';

/**
 * Open tasks with this title (trimmed, case-insensitive) about the same subject, or both
 * about no one, added within DUPLICATE_WINDOW_MS before `now`: newest first, at most 5.
 */
export async function recentDuplicates(
  db: Db,
  userId: string,
  match: { title: string; subjectId: string | null },
  now: Date,
): Promise<TaskRow[]> {
  const { rows } = await db.raw(
    `select ${COLUMNS.join(', ')} from tasks
      where user_id = ? and status = 'open' and deleted_at is null
        and created_at > ? and lower(title) = lower(?)
        and subject_id is not distinct from ?::uuid
      order by created_at desc, id limit 5`,
    [userId, new Date(now.getTime() - DUPLICATE_WINDOW_MS), match.title.trim(), match.subjectId],
  );
  return rows;
}
