// The two statements the bench peers run, with Tend's column list and serializer, so every
// server does the same database work and answers the same JSON.
import pg from 'pg';
// Imported for its side effect too: it sets the pg type parsers Tend runs with.
import '../../src/db/connect.ts';
import { buildPage, type Page } from '../../src/paging/page.ts';
import { COLUMNS, taskSortKey } from '../../src/tasks/queries.ts';
import { serializeTask, type Task, type TaskRow } from '../../src/tasks/serialize.ts';
import type { Owner } from './owners.ts';

/** The pool of a peer child: the database the parent named, 10 connections like Tend. */
export function openPool(): pg.Pool {
  const connectionString = process.env.BENCH_CHILD_DATABASE_URL;
  if (!connectionString) throw new Error('BENCH_CHILD_DATABASE_URL is not set');
  return new pg.Pool({ connectionString, max: 10 });
}

// The SQL of listTasks({ status: 'open' }) in src/tasks/queries.ts. pg returns timestamptz
// as Date, text[] as string[] and uuid as string: rows are TaskRows as is. The seeded tasks
// are about no one, so (as in Tend) no subject names are looked up.
const LIST_OPEN_TASKS = `select ${COLUMNS.join(', ')}
  from tasks where user_id = $1 and deleted_at is null and status = $2
  order by due_sort, created_at, id limit $3`;

// The row createTask stores for a body of only a title (src/tasks/create-task.ts and
// insertTask in src/tasks/queries.ts): no notes, normal priority, no tags, no due date,
// no subject; one insert, none of Tend's duplicate guard or journal.
const INSERT_TASK = `insert into tasks (title, notes, priority, tags, due_at, due_by,
  due_date_only, due_text, subject_id, user_id, status, created_at, updated_at)
  values ($1, null, 'normal', '{}', null, null, false, null, null, $2, 'open', $3, $3)
  returning ${COLUMNS.join(', ')}`;

/** The first page of open tasks, as GET /v1/tasks?limit=N answers it. */
export async function listOpenTasks(
  pool: pg.Pool,
  owner: Owner,
  limit: number,
): Promise<Page<Task>> {
  const now = new Date();
  const { rows } = await pool.query<TaskRow>(LIST_OPEN_TASKS, [owner.userId, 'open', limit + 1]);
  return buildPage(
    rows,
    limit,
    (row) => serializeTask(row, owner.timezone, now, { inList: true }),
    taskSortKey,
  );
}

/** One new open task with this title, as POST /v1/tasks answers it. */
export async function insertTask(pool: pg.Pool, owner: Owner, title: string): Promise<Task> {
  const now = new Date();
  const { rows } = await pool.query<TaskRow>(INSERT_TASK, [title.trim(), owner.userId, now]);
  return serializeTask({ ...(rows[0] as TaskRow), subject_name: null }, owner.timezone, now);
}
