import type { components } from '../../generated/openapi.ts';
import type { Db } from '../db/connect.ts';

export type CareDue = components['schemas']['CareDue'];

/** At most this many due items in one answer. */
export const CARE_DUE_LIMIT = 50;

/**
 * Vaccinations and medications whose next dose is due by `dueBy` (overdue ones included),
 * soonest first. Only the latest record of each (subject, type, title) counts: a booster
 * given supersedes the due date of the one before. The groups are found by a loose index
 * scan (one index probe per group) so the cost follows the number of different shots and
 * medicines, not the number of doses ever recorded.
 */
export async function careDue(
  db: Db,
  userId: string,
  options: { subjectId?: string | undefined; today: string; dueBy: string },
): Promise<CareDue[]> {
  const subject = options.subjectId ? 'and subject_id = ?' : '';
  const subjectBinding = options.subjectId ? [options.subjectId] : [];
  const inGroupOrder = `from records where user_id = ? and care_key is not null and deleted_at is null ${subject}`;
  const { rows } = await db.raw(
    `with recursive care_groups as (
       (select subject_id, care_key ${inGroupOrder} order by subject_id, care_key limit 1)
       union all
       select next.subject_id, next.care_key from care_groups g cross join lateral (
         select subject_id, care_key ${inGroupOrder}
           and (subject_id, care_key) > (g.subject_id, g.care_key)
         order by subject_id, care_key limit 1
       ) next
     )
     select latest.id as record_id, latest.subject_id, s.name as subject_name, latest.type,
       latest.title, latest.occurred_on::text as last_given, latest.next_due::text as next_due,
       (latest.next_due - ?::date) as days_until
     from care_groups g
     cross join lateral (
       select id, subject_id, type, title, occurred_on, next_due from records
       where user_id = ? and subject_id = g.subject_id and care_key = g.care_key
         and care_key is not null and deleted_at is null
       order by occurred_at desc, id desc limit 1
     ) latest
     join subjects s on s.id = latest.subject_id ${options.subjectId ? '' : 'and s.archived_at is null'}
     where latest.next_due is not null and latest.next_due <= ?::date
     order by latest.next_due, s.name_key, latest.title, latest.id
     limit ${CARE_DUE_LIMIT}`,
    [userId, ...subjectBinding, userId, ...subjectBinding, options.today, userId, options.dueBy],
  );
  return rows.map((row: CareDue) => ({
    ...row,
    days_until: Number(row.days_until),
    overdue: Number(row.days_until) < 0,
  }));
}
