import { localDate } from '../dates/zone.ts';
import type { Db } from '../db/connect.ts';
import { listUpcomingDue } from '../records/upcoming-due.ts';

/** One entry of the feed, before it is written as a VEVENT. */
export interface FeedEvent {
  uid: string;
  summary: string;
  description: string | null;
  /** An instant for a timed task; a YYYY-MM-DD day for an all-day one. */
  start: Date | string;
}

/** How far back open tasks and missed doses still show; how many of each at most. */
const LOOK_BACK_DAYS = 30;
const MAX_TASKS = 1000;
const MAX_DUE = 500;

/**
 * What the feed lists: open tasks with a due date (a repeating task as its next
 * occurrence, which is the open one) and upcoming vaccination and medication due dates.
 */
export async function feedEvents(
  db: Db,
  owner: { userId: string; timezone: string; host: string },
  now: Date,
): Promise<FeedEvent[]> {
  const since = new Date(now.getTime() - LOOK_BACK_DAYS * 86_400_000);
  const tasks = await db('tasks as t')
    .leftJoin('subjects as s', 's.id', 't.subject_id')
    .where({ 't.user_id': owner.userId, 't.status': 'open' })
    .whereNull('t.deleted_at')
    .whereNotNull('t.due_at')
    .where('t.due_by', '>=', since)
    .orderBy([{ column: 't.due_at' }, { column: 't.id' }])
    .limit(MAX_TASKS)
    .select(
      't.id',
      't.title',
      't.notes',
      't.due_at',
      't.due_date_only',
      't.repeat_text',
      's.name as subject_name',
    );
  const due = await listUpcomingDue(db, owner.userId, {
    fromDate: localDate(since, owner.timezone),
    limit: MAX_DUE,
  });
  return [
    ...tasks.map((task) => ({
      uid: `task-${task.id}@${owner.host}`,
      summary: task.title,
      description: lines([
        task.subject_name && `For ${task.subject_name}`,
        task.repeat_text && `Repeats ${task.repeat_text}`,
        task.notes,
      ]),
      start: task.due_date_only ? localDate(task.due_at, owner.timezone) : task.due_at,
    })),
    ...due.map((item) => ({
      uid: `next-due-${item.record_id}@${owner.host}`,
      summary: `${item.subject_name}: ${item.title} due`,
      description: `Next ${item.type === 'vaccination' ? 'booster' : 'dose'} of ${item.title} for ${item.subject_name}`,
      start: item.next_due,
    })),
  ];
}

function lines(parts: (string | null | undefined)[]): string | null {
  const kept = parts.filter((part): part is string => Boolean(part));
  return kept.length > 0 ? kept.join('\n') : null;
}
