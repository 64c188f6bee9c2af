import type { HandlerContext, Handlers } from '../contract/handler-types.ts';
import { HttpError, notFound } from '../contract/problem.ts';
import { clampToRange, EARLIEST, LATEST } from '../dates/range.ts';
import { localDayBounds } from '../dates/zone.ts';
import { decodeCursor, isIsoInstant, isUuid } from '../paging/cursor.ts';
import { buildPage } from '../paging/page.ts';
import { resolveDue } from './due.ts';
import * as queries from './queries.ts';
import { serializeTask } from './serialize.ts';

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
        after: query.cursor ? decodeCursor(query.cursor, isTaskSortKey) : undefined,
        now,
      },
      limit + 1,
    );
    const page = buildPage(
      rows,
      limit,
      (row) => serializeTask(row, ctx.timezone, now, { inList: true }),
      queries.taskSortKey,
    );
    return { status: 200, body: page };
  },

  async createTask({ body }, ctx) {
    const now = ctx.now();
    const due = resolveDue(body, now, ctx.timezone);
    const row = await queries.insertTask(
      ctx.db,
      ctx.userId,
      {
        title: body.title.trim(),
        notes: body.notes ?? null,
        priority: body.priority ?? 'normal',
        tags: normalizeTags(body.tags ?? []),
        due_at: null,
        due_by: null,
        due_date_only: false,
        due_text: null,
        ...due,
      },
      now,
    );
    return {
      status: 201,
      body: serializeTask(row, ctx.timezone, now),
      headers: { Location: `${ctx.publicUrl}/v1/tasks/${row.id}` },
    };
  },

  async getTask({ path }, ctx) {
    const row = await queries.getTask(ctx.db, ctx.userId, path.task_id);
    if (!row) throw notFound('task');
    return { status: 200, body: serializeTask(row, ctx.timezone, ctx.now()) };
  },

  async updateTask({ path, body }, ctx) {
    const now = ctx.now();
    const changes: queries.TaskChanges = {
      ...resolveDue(body, now, ctx.timezone),
      ...(body.title !== undefined && { title: body.title.trim() }),
      ...(body.notes !== undefined && { notes: body.notes }),
      ...(body.priority !== undefined && { priority: body.priority }),
      ...(body.tags !== undefined && { tags: normalizeTags(body.tags) }),
    };
    const row = await queries.updateTask(ctx.db, ctx.userId, path.task_id, changes, now);
    if (!row) throw notFound('task');
    return { status: 200, body: serializeTask(row, ctx.timezone, now) };
  },

  async deleteTask({ path }, ctx) {
    if (!(await queries.deleteTask(ctx.db, ctx.userId, path.task_id))) throw notFound('task');
    return { status: 204, body: undefined };
  },

  async completeTask({ path }, ctx) {
    const now = ctx.now();
    const row = await queries.setTaskStatus(ctx.db, ctx.userId, path.task_id, 'done', now);
    if (!row) throw notFound('task');
    return { status: 200, body: serializeTask(row, ctx.timezone, now) };
  },

  async reopenTask({ path }, ctx) {
    const now = ctx.now();
    const row = await queries.setTaskStatus(ctx.db, ctx.userId, path.task_id, 'open', now);
    if (!row) throw notFound('task');
    return { status: 200, body: serializeTask(row, ctx.timezone, now) };
  },
};

/** A date filter: a date means the start of that day in the user's zone. */
function instant(value: string, ctx: HandlerContext): Date {
  const at = new Date(value);
  if (at < EARLIEST || at >= LATEST) return clampToRange(at);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? localDayBounds(value, ctx.timezone).start : at;
}

/** Tags are kept in lower case; a few letters grow when lowered ("İ"), so check again. */
function normalizeTags(tags: readonly string[]): string[] {
  const lowered = tags.map((tag) => tag.trim().toLowerCase());
  // Counted in code points, as the contract's maxLength is.
  const tooLong = lowered.findIndex((tag) => [...tag].length > MAX_TAG_LENGTH);
  if (tooLong >= 0) {
    throw new HttpError({
      status: 422,
      code: 'validation_failed',
      title: 'Invalid request',
      detail: `Tags are at most ${MAX_TAG_LENGTH} characters in lower case.`,
      hint: 'Shorten the tag and send the request again.',
      errors: [
        {
          pointer: `/body/tags/${tooLong}`,
          reason: `is longer than ${MAX_TAG_LENGTH} characters in lower case`,
        },
      ],
    });
  }
  return [...new Set(lowered)];
}

const MAX_TAG_LENGTH = 40;

function isTaskSortKey(key: unknown[]): key is queries.TaskSortKey {
  return (
    key.length === 3 &&
    (key[0] === null || isIsoInstant(key[0])) &&
    isIsoInstant(key[1]) &&
    isUuid(key[2])
  );
}
