import type { Db } from '../db/connect.ts';

/** A vaccination or medication whose next dose or booster is coming up. */
export interface UpcomingDue {
  record_id: string;
  subject_id: string;
  subject_name: string;
  type: 'vaccination' | 'medication';
  title: string;
  /** YYYY-MM-DD. */
  next_due: string;
}

/**
 * Next due dates on or after `fromDate`, soonest first. Only the latest record of each
 * kind counts (this year's rabies shot replaces last year's due date), and a record with
 * a reminder task is left out: the task stands for it. Deleted records, archived subjects
 * and deleted reminder tasks are ignored.
 */
export async function listUpcomingDue(
  db: Db,
  userId: string,
  options: { fromDate: string; limit: number },
): Promise<UpcomingDue[]> {
  const { rows } = await db.raw(
    `select latest.* from (
       select distinct on (r.subject_id, r.type, lower(r.title))
              r.id as record_id, r.subject_id, s.name as subject_name, r.type, r.title,
              r.next_due::text as next_due
         from records r join subjects s on s.id = r.subject_id
        where r.user_id = ? and r.deleted_at is null and s.archived_at is null
          and r.type in ('vaccination', 'medication')
        order by r.subject_id, r.type, lower(r.title), r.occurred_at desc, r.id desc
     ) latest
     where latest.next_due >= ?
       and not exists (
         select 1 from tasks t
          where t.record_id = latest.record_id and t.user_id = ? and t.deleted_at is null)
     order by latest.next_due, latest.subject_name, latest.record_id
     limit ?`,
    [userId, options.fromDate, userId, options.limit],
  );
  return rows;
}
