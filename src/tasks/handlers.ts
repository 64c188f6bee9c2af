import { journaled } from '../activity/journal.ts';
import type { HandlerContext, Handlers } from '../contract/handler-types.ts';
import { itemNotFound } from '../core/problems/routing.ts';
import { normalizeTags } from '../core/tags.ts';
import { clampToRange, EARLIEST, LATEST } from '../dates/range.ts';
import { localDayBounds } from '../dates/zone.ts';
import { decodeCursor, isIsoInstant, isUuid } from '../paging/cursor.ts';
import { buildPage } from '../paging/page.ts';
import { resolveSubject } from '../subjects/resolve-subject.ts';
import { completeOneTask } from './complete-one.ts';
import { createOneTask } from './create-task.ts';
import { resolveDue } from './due.ts';
import * as queries from './queries.ts';
import { withdrawableNextOccurrence } from './recurrence/complete.ts';
import { repeatFields } from './recurrence/repeat-fields.ts';
import { serializeTask, type TaskRow } from './serialize.ts';
import { nameTaskSubjects } from './subject-names.ts';

type TaskHandlers = Pick<
  Handlers,
  | 'listTasks'
  | 'createTask'
  | 'getTask'
  | 'updateTask'
  | 'deleteTask'
  | 'completeTask'
  | 'reopenTask'
>;

export const taskHandlers: TaskHandlers = {
  async listTasks({ query }, ctx) {
    const now = ctx.now();
    const limit = query.limit ?? 20;
    const subject = query.subject
      ? await resolveSubject(
          ctx.db,
          ctx.userId,
          isUuid(query.subject) ? { subject_id: query.subject } : { subject: query.subject },
          { zone: ctx.timezone, now, pointer: '/query/subject' },
        )
      : undefined;
    const rows = await queries.listTasks(
      ctx.db,
      ctx.userId,
      {
        status: query.status ?? 'open',
        dueBefore: query.due_before ? instant(query.due_before, ctx) : undefined,
        dueAfter: query.due_after ? instant(query.due_after, ctx) : undefined,
        overdue: query.overdue,
        tag: query.tag?.toLowerCase(),
        q: query.q,
        subjectId: subject?.id,
        after: query.cursor ? decodeCursor(query.cursor, isTaskSortKey) : undefined,
        now,
      },
      limit + 1,
    );
    await nameTaskSubjects(ctx.db, ctx.userId, rows.slice(0, limit));
    const page = buildPage(
      rows,
      limit,
      (row) => serializeTask(row, ctx.timezone, now, { inList: true }),
      queries.taskSortKey,
    );
    return { status: 200, body: page };
  },

  async createTask({ body }, ctx) {
    const row = await createOneTask(body, ctx);
    return {
      status: 201,
      body: serializeTask(row, ctx.timezone, ctx.now()),
      headers: { Location: `${ctx.publicUrl}/v1/tasks/${row.id}` },
    };
  },

  async getTask({ path }, ctx) {
    const row = await queries.getTask(ctx.db, ctx.userId, path.task_id);
    if (!row) throw itemNotFound('task');
    return { status: 200, body: await serialize(row, ctx) };
  },

  async updateTask({ path, body }, ctx) {
    const now = ctx.now();
    // Only a subject_id of null makes the task about no one; resolveSubject reads the rest.
    const subject =
      body.subject_id === null
        ? null
        : await resolveSubject(
            ctx.db,
            ctx.userId,
            { subject_id: body.subject_id, subject: body.subject },
            { zone: ctx.timezone, now },
          );
    const due = resolveDue(body, now, ctx.timezone);
    // A repeat set without a due date starts from the task's current one.
    const current =
      typeof body.repeat === 'string' && !due
        ? await queries.getTask(ctx.db, ctx.userId, path.task_id)
        : undefined;
    const changes: queries.TaskChanges = {
      ...due,
      ...repeatFields(body.repeat, { given: due, current }, now, ctx.timezone),
      ...(subject !== undefined && { subject_id: subject?.id ?? null }),
      ...(body.title !== undefined && { title: body.title.trim() }),
      ...(body.notes !== undefined && { notes: body.notes }),
      ...(body.priority !== undefined && { priority: body.priority }),
      ...(body.tags !== undefined && { tags: normalizeTags(body.tags) }),
    };
    const row = await journaled(
      ctx,
      { entity: 'task', operation: 'update', id: path.task_id },
      (db) => queries.updateTask(db, ctx.userId, path.task_id, changes, now),
    );
    if (!row) throw itemNotFound('task');
    return { status: 200, body: await serialize(row, ctx) };
  },

  async deleteTask({ path }, ctx) {
    const deleted = await journaled(
      ctx,
      { entity: 'task', operation: 'delete', id: path.task_id },
      (db) => queries.deleteTask(db, ctx.userId, path.task_id, ctx.now()),
    );
    if (!deleted) throw itemNotFound('task');
    return { status: 204, body: undefined };
  },

  async completeTask({ path }, ctx) {
    return { status: 200, body: await completeOneTask(path.task_id, ctx) };
  },

  async reopenTask({ path }, ctx) {
    const now = ctx.now();
    const row = await journaled(
      ctx,
      { entity: 'task', operation: 'reopen', id: path.task_id },
      async (db) => {
        const task = await queries.setTaskStatus(db, ctx.userId, path.task_id, 'open', now);
        // The series has one open occurrence: this one again, not also the next.
        const next = task?.repeat_rule
          ? await withdrawableNextOccurrence(db, ctx.userId, task.id)
          : undefined;
        if (next) {
          await journaled(
            { ...ctx, db },
            { entity: 'task', operation: 'delete', id: next },
            (trx) => queries.deleteTask(trx, ctx.userId, next, now),
          );
        }
        return task;
      },
    );
    if (!row) throw itemNotFound('task');
    return { status: 200, body: await serialize(row, ctx) };
  },
};

async function serialize(row: TaskRow, ctx: HandlerContext) {
  const [named] = await nameTaskSubjects(ctx.db, ctx.userId, [row]);
  return serializeTask(named ?? row, ctx.timezone, ctx.now());
}

/** A date filter: a date means the start of that day in the user's zone. */
function instant(value: string, ctx: HandlerContext): Date {
  const at = new Date(value);
  if (at < EARLIEST || at >= LATEST) return clampToRange(at);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? localDayBounds(value, ctx.timezone).start : at;
}

function isTaskSortKey(key: unknown[]): key is queries.TaskSortKey {
  return (
    key.length === 3 &&
    (key[0] === null || isIsoInstant(key[0])) &&
    isIsoInstant(key[1]) &&
    isUuid(key[2])
  );
}
