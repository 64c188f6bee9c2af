import type { components } from '../../generated/openapi.ts';
import type { Db } from '../db/connect.ts';
import type { ReportScope } from './report-care.ts';

export type ReportTasks = components['schemas']['ReportTasks'];

/**
 * Tasks completed in the period, and those added by its end that are open now (and of
 * those, how many are overdue now): what a review of the period needs to say.
 */
export async function reportTasks(db: Db, s: ReportScope, now: Date): Promise<ReportTasks> {
  const subject = s.subjectId ? 'and subject_id = ?' : '';
  const subjectBinding = s.subjectId ? [s.subjectId] : [];
  const { rows } = await db.raw(
    `select
       (select count(*)::int from tasks where user_id = ? ${subject} and deleted_at is null
          and status = 'done' and completed_at is not null and completed_at >= ? and completed_at < ?) as completed,
       (select count(*)::int from tasks where user_id = ? ${subject} and deleted_at is null
          and status = 'open' and created_at < ?) as open,
       (select count(*)::int from tasks where user_id = ? ${subject} and deleted_at is null
          and status = 'open' and created_at < ? and due_by <= ?) as overdue`,
    [
      s.userId,
      ...subjectBinding,
      s.start,
      s.end,
      s.userId,
      ...subjectBinding,
      s.end,
      s.userId,
      ...subjectBinding,
      s.end,
      now,
    ],
  );
  const row = rows[0];
  return { completed: Number(row.completed), open: Number(row.open), overdue: Number(row.overdue) };
}
