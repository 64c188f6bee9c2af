import { journalCreated, journaled } from '../activity/journal.ts';
import type { HandlerContext } from '../contract/handler-types.ts';
import { itemNotFound } from '../core/problems/routing.ts';
import { completeTask } from './recurrence/complete.ts';
import { occurrence, serializeTask, type Task, type TaskRow } from './serialize.ts';
import { nameTaskSubjects } from './subject-names.ts';

/**
 * Marks one task done, journaled, with its next occurrence when it repeats (journaled as
 * created in the same transaction); a done task is returned as it is. completeTask and
 * every item of completeTasks go through here. `inList` cuts long notes as lists do.
 */
export async function completeOneTask(
  taskId: string,
  ctx: HandlerContext,
  options: { inList?: boolean } = {},
): Promise<Task> {
  const done = await journaled(
    ctx,
    { entity: 'task', operation: 'complete', id: taskId },
    async (db) => {
      const completion = await completeTask(db, ctx.userId, taskId, ctx.now(), ctx.timezone);
      if (completion?.added && completion.next) {
        await journalCreated(db, ctx, 'task', completion.next.id);
      }
      return completion;
    },
  );
  if (!done) throw itemNotFound('task');
  const [task, next] = await nameTaskSubjects(ctx.db, ctx.userId, [
    done.task,
    ...(done.next ? [done.next] : []),
  ]);
  const now = ctx.now();
  return {
    ...serializeTask(task as TaskRow, ctx.timezone, now, options),
    ...(next && { next_occurrence: occurrence(serializeTask(next, ctx.timezone, now)) }),
  };
}
