import type { components } from '../../generated/openapi.ts';
import type { Db } from '../db/connect.ts';
import { RECORD_TYPES } from '../records/normalize-type.ts';

export type ReportCare = Omit<components['schemas']['ReportCare'], 'care_due'>;
type ReportEvent = components['schemas']['ReportEvent'];
type WeightSpan = components['schemas']['WeightSpan'];

/** At most this many items in each list of a report. */
export const REPORT_LIST_LIMIT = 50;

export interface ReportScope {
  userId: string;
  subjectId?: string | undefined;
  start: Date;
  end: Date;
}

/** `records` rows in scope: the subject's, or those of active subjects. */
function inScope(s: ReportScope, alias = 'r'): { sql: string; bindings: unknown[] } {
  return s.subjectId
    ? { sql: `${alias}.user_id = ? and ${alias}.subject_id = ?`, bindings: [s.userId, s.subjectId] }
    : {
        sql: `${alias}.user_id = ? and ${alias}.subject_id not in (select id from subjects where user_id = ? and archived_at is not null)`,
        bindings: [s.userId, s.userId],
      };
}

const EVENT_COLUMNS = `'record' as kind, r.id, r.occurred_on::text as date, r.type, r.title,
  (select name from subjects where id = r.subject_id) as subject_name`;

/** The care part of a report: counts, symptoms, weights and vaccinations given. */
export async function reportCare(db: Db, s: ReportScope): Promise<ReportCare> {
  const scope = inScope(s);
  const period = 'r.deleted_at is null and r.occurred_at >= ? and r.occurred_at < ?';
  const raw = async (sql: string, bindings: unknown[]) =>
    (await db.raw(sql, bindings as never[])).rows;
  const before = (days: number) => new Date(s.start.getTime() - days * 86_400_000);
  const [counts, newSymptoms, resolved, weights, vaccinations] = await Promise.all([
    // One index-only range count per type (records_type_time_idx).
    raw(
      `select ${RECORD_TYPES.map(
        (type) =>
          `(select count(*)::int from records r where ${scope.sql} and ${period} and r.type = '${type}') as ${type}`,
      ).join(', ')}`,
      RECORD_TYPES.flatMap(() => [...scope.bindings, s.start, s.end]),
    ),
    // New: no record of the same symptom for that subject in the 90 days before.
    raw(
      `select ${EVENT_COLUMNS} from records r where ${scope.sql} and ${period} and r.type = 'symptom'
         and not exists (select 1 from records p where p.user_id = r.user_id and p.subject_id = r.subject_id
           and p.type = 'symptom' and p.deleted_at is null and lower(p.title) = lower(r.title)
           and p.occurred_at < r.occurred_at and p.occurred_at >= ?)
       order by r.occurred_at, r.id limit ${REPORT_LIST_LIMIT}`,
      [...scope.bindings, s.start, s.end, before(90)],
    ),
    // Resolved: recorded in the 30 days before the period, not again during it.
    raw(
      `select distinct on (r.subject_id, lower(r.title)) ${EVENT_COLUMNS} from records r
       where ${scope.sql} and r.deleted_at is null and r.type = 'symptom'
         and r.occurred_at >= ? and r.occurred_at < ?
         and not exists (select 1 from records p where p.user_id = r.user_id and p.subject_id = r.subject_id
           and p.type = 'symptom' and p.deleted_at is null and lower(p.title) = lower(r.title)
           and p.occurred_at >= ? and p.occurred_at < ?)
       order by r.subject_id, lower(r.title), r.occurred_at desc limit ${REPORT_LIST_LIMIT}`,
      [...scope.bindings, before(30), s.start, s.start, s.end],
    ),
    raw(
      `select r.subject_id, (select name from subjects where id = r.subject_id) as subject_name,
         (array_agg(json_build_object('value', r.value, 'unit', r.unit, 'date', r.occurred_on::text, 'record_id', r.id) order by r.occurred_at, r.id))[1] as first,
         (array_agg(json_build_object('value', r.value, 'unit', r.unit, 'date', r.occurred_on::text, 'record_id', r.id) order by r.occurred_at desc, r.id desc))[1] as last,
         (array_agg(r.value order by r.occurred_at desc, r.id desc))[1] - (array_agg(r.value order by r.occurred_at, r.id))[1] as change
       from records r where ${scope.sql} and ${period} and r.type = 'weight' and r.value is not null
       group by r.subject_id order by subject_name limit ${REPORT_LIST_LIMIT}`,
      [...scope.bindings, s.start, s.end],
    ),
    raw(
      `select ${EVENT_COLUMNS} from records r where ${scope.sql} and ${period} and r.type = 'vaccination'
       order by r.occurred_at, r.id limit ${REPORT_LIST_LIMIT}`,
      [...scope.bindings, s.start, s.end],
    ),
  ]);
  const byType = Object.fromEntries(
    RECORD_TYPES.map((type) => [type, Number(counts[0][type])]),
  ) as ReportCare['records_by_type'];
  const reading = (json: unknown) => {
    const parsed = (typeof json === 'string' ? JSON.parse(json) : json) as WeightSpan['first'];
    return { ...parsed, value: Number(parsed.value) };
  };
  return {
    records_by_type: byType,
    new_symptoms: newSymptoms as ReportEvent[],
    resolved_symptoms: (resolved as ReportEvent[]).sort(
      (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
    ),
    weights: weights.map((row: Record<string, unknown>) => ({
      subject_id: row.subject_id as string,
      subject_name: row.subject_name as string,
      first: reading(row.first),
      last: reading(row.last),
      change: Number(row.change),
    })),
    vaccinations_given: vaccinations as ReportEvent[],
  };
}

/** Notable events in time order: the latest `limit`, and whether more were left out. */
export async function reportEvents(
  db: Db,
  s: ReportScope,
  include: { records: boolean; tasks: boolean },
  limit: number,
): Promise<{ events: ReportEvent[]; truncated: boolean }> {
  const parts: string[] = [];
  const bindings: unknown[] = [];
  if (include.records) {
    const scope = inScope(s);
    parts.push(
      `(select ${EVENT_COLUMNS}, r.occurred_at as at from records r where ${scope.sql}
         and r.deleted_at is null and r.occurred_at >= ? and r.occurred_at < ?
         and r.type not in ('weight', 'measurement')
       order by r.occurred_at desc, r.id desc limit ${limit + 1})`,
    );
    bindings.push(...scope.bindings, s.start, s.end);
  }
  if (include.tasks) {
    parts.push(
      `(select 'task' as kind, t.id, null as date, 'task_done' as type, t.title,
         (select name from subjects where id = t.subject_id) as subject_name, t.completed_at as at
       from tasks t where t.user_id = ? ${s.subjectId ? 'and t.subject_id = ?' : ''}
         and t.completed_at is not null and t.deleted_at is null and t.status = 'done'
         and t.completed_at >= ? and t.completed_at < ?
       order by t.completed_at desc, t.id desc limit ${limit + 1})`,
    );
    bindings.push(s.userId, ...(s.subjectId ? [s.subjectId] : []), s.start, s.end);
  }
  if (parts.length === 0) return { events: [], truncated: false };
  const { rows } = await db.raw(
    `select * from (${parts.join(' union all ')}) e order by at desc, id desc limit ${limit + 1}`,
    bindings as never[],
  );
  const truncated = rows.length > limit;
  return {
    events: rows.slice(0, limit).reverse(),
    truncated,
  };
}
