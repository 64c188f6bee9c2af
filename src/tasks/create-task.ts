import { randomUUID } from 'node:crypto';
import type { components } from '../../generated/openapi.ts';
import { insertJournaled } from '../activity/journal.ts';
import type { HandlerContext } from '../contract/handler-types.ts';
import type { HttpError } from '../core/http-error.ts';
import { duplicateSuspected } from '../core/problems/input.ts';
import { normalizeTags } from '../core/tags.ts';
import type { Db } from '../db/connect.ts';
import type { SqlPart } from '../db/statement.ts';
import { resolveSubject } from '../subjects/resolve-subject.ts';
import { resolveDue } from './due.ts';
import * as queries from './queries.ts';
import { repeatFields } from './recurrence/repeat-fields.ts';
import { serializeTask, type TaskRow } from './serialize.ts';

export type TaskCreate = components['schemas']['TaskCreate'];

/**
 * One task created as the user asked: the due date and repeat read in their time zone,
 * the subject by id or name, the duplicate guard, then the insert and its journal entry in
 * one statement. createTask and every item of createTasks go through here, so an item
 * of a batch is understood exactly as the same single call would be. `inList` cuts long
 * notes in a problem's `existing` rows, as lists do (a batch answers for many at once).
 */
export async function createOneTask(
  body: TaskCreate,
  ctx: HandlerContext,
  options: { inList?: boolean } = {},
): Promise<TaskRow> {
  const now = ctx.now();
  const due = resolveDue(body, now, ctx.timezone);
  const repeat = repeatFields(body.repeat, { given: due }, now, ctx.timezone);
  const subject = await resolveSubject(ctx.db, ctx.userId, body, { zone: ctx.timezone, now });
  const title = body.title.trim();
  const subjectName = subject?.name ?? null;
  const task: queries.NewTask = {
    title,
    notes: body.notes ?? null,
    priority: body.priority ?? 'normal',
    tags: normalizeTags(body.tags ?? []),
    due_at: null,
    due_by: null,
    due_date_only: false,
    due_text: null,
    subject_id: subject?.id ?? null,
    ...due,
    ...repeat,
  };
  const insert = (db: Db, guard: SqlPart) =>
    insertJournaled<TaskRow>(
      db,
      ctx,
      'task',
      queries.insertTaskStatement(ctx.userId, task, now),
      queries.WRITTEN_COLUMNS,
      guard,
    );
  // Confirmed, nothing is looked at: the title lock alone rides along. Otherwise the
  // lock and the look ride in the insert's own statement (migration 0116), one round
  // trip either way, and a double raises instead of being written.
  if (body.confirm_duplicate) {
    const row = await insert(ctx.db, queries.taskTitleLock(ctx.userId, title));
    return { ...row, subject_name: subjectName };
  }
  const match = { title, subjectId: subject?.id ?? null };
  for (let attempt = 0; ; attempt++) {
    task.id = randomUUID();
    const guard = queries.taskTitleGuard(ctx.userId, { ...match, selfId: task.id }, now);
    try {
      const row = await inOwnStatement(ctx.db, (db) => insert(db, guard));
      return { ...row, subject_name: subjectName };
    } catch (error) {
      if ((error as { code?: string }).code !== queries.DUPLICATE_TASK) throw error;
    }
    // Only a double gets here, so only it pays for a second query: the rows to show.
    const existing = await queries.recentDuplicates(ctx.db, ctx.userId, match, now);
    if (existing.length > 0) {
      throw recentDuplicate(
        existing.map((row) => ({ ...row, subject_name: subjectName })),
        ctx,
        now,
        options,
      );
    }
    // The double was completed or deleted in between: create after all, once more.
    if (attempt > 0) throw new Error('task title guard and duplicate look disagree');
  }
}

/**
 * Runs a statement that may raise; inside a caller's transaction it runs in a savepoint,
 * so a refused double leaves that transaction usable.
 */
function inOwnStatement<T>(db: Db, run: (db: Db) => Promise<T>): Promise<T> {
  return (db as { isTransaction?: boolean }).isTransaction ? db.transaction(run) : run(db);
}

/**
 * docs/design.md §2: a create that looks like a double answers 409 with the rows it doubles;
 * the model asks the user and retries with `confirm_duplicate: true`. ChatGPT and MCP
 * callers seldom send an Idempotency-Key, so this is what stops a retried call.
 */
function recentDuplicate(
  existing: TaskRow[],
  ctx: HandlerContext,
  now: Date,
  options: { inList?: boolean },
): HttpError {
  const [newest] = existing as [TaskRow];
  const minutes = Math.floor((now.getTime() - newest.created_at.getTime()) / 60_000);
  const ago = minutes < 1 ? 'less than a minute ago' : `${minutes} min ago`;
  const about = newest.subject_name ? ` about ${newest.subject_name}` : '';
  return duplicateSuspected({
    detail: `An open task "${newest.title}"${about} was added ${ago}.`,
    hint: 'Ask the user whether they mean the task already there (then do nothing); only if they want another one, send the request again with confirm_duplicate true.',
    // In a batch, the newest only: 50 refused items must still fit one answer.
    existing: (options.inList ? existing.slice(0, 1) : existing).map((row) =>
      serializeTask(row, ctx.timezone, now, options),
    ),
  });
}
