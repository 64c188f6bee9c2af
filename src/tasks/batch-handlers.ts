import { eachItem } from '../contract/batch.ts';
import type { Handlers } from '../contract/handler-types.ts';
import { HttpError } from '../core/http-error.ts';
import { withFieldErrors } from '../core/problems/field-errors.ts';
import { completeOneTask } from './complete-one.ts';
import { createOneTask } from './create-task.ts';
import { serializeTask, type Task } from './serialize.ts';

type TaskBatchHandlers = Pick<Handlers, 'createTasks' | 'completeTasks'>;

/**
 * "Add these five tasks", "tick off all of these": one call, each item the single write
 * (createTask, completeTask) on its own, per item rather than all-or-nothing (see
 * TaskBatch in openapi.yaml for why). Answers 200 with each item's outcome; tasks appear
 * as in a list, long notes cut, so that 50 of them stay far below ChatGPT's 100,000
 * characters.
 */
export const taskBatchHandlers: TaskBatchHandlers = {
  async createTasks({ body }, ctx) {
    const batch = await eachItem(
      body.items,
      ctx,
      (i) => `/body/items/${i}`,
      async (item) => {
        const row = await createOneTask(item, ctx, { inList: true });
        return {
          status: 201,
          value: serializeTask(row, ctx.timezone, ctx.now(), { inList: true }),
        };
      },
    );
    return { status: 200, body: results(batch) };
  },

  async completeTasks({ body }, ctx) {
    const batch = await eachItem(
      body.task_ids,
      ctx,
      (i) => `/body/task_ids/${i}`,
      async (taskId) => {
        try {
          return { status: 200, value: await completeOneTask(taskId, ctx, { inList: true }) };
        } catch (error) {
          throw unknownId(error);
        }
      },
    );
    return { status: 200, body: results(batch) };
  },
};

function results(batch: Awaited<ReturnType<typeof eachItem<unknown, Task>>>) {
  return {
    results: batch.outcomes.map((outcome) =>
      'value' in outcome
        ? { index: outcome.index, status: outcome.status, task: outcome.value }
        : outcome,
    ),
    succeeded: batch.succeeded,
    failed: batch.failed,
  };
}

/** A 404 in a batch names the id at fault; `/body` becomes the item's own pointer. */
function unknownId(error: unknown): unknown {
  if (!(error instanceof HttpError) || error.code !== 'not_found') return error;
  return withFieldErrors(error, [{ pointer: '/body', reason: 'is not one of the user’s tasks' }]);
}
