import type { Db } from '../db/connect.ts';

/**
 * Snoozes a task's reminder until `until`: the reminder queued for the old time is dropped
 * at delivery (its time no longer matches) and the sweep queues one for the new time.
 * Undefined when the person has no such open task.
 */
export async function snoozeTask(
  db: Db,
  userId: string,
  taskId: string,
  until: Date,
): Promise<{ until: Date } | undefined> {
  const task = await db('tasks')
    .where({ id: taskId, user_id: userId, status: 'open' })
    .whereNull('deleted_at')
    .first('id');
  if (!task) return undefined;
  await db('task_snoozes')
    .insert({ task_id: taskId, user_id: userId, until })
    .onConflict('task_id')
    .merge(['until']);
  return { until };
}
