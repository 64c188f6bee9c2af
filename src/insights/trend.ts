import type { components } from '../../generated/openapi.ts';
import type { Db } from '../db/connect.ts';
import type { TrendMetric } from './trend-metric.ts';

type Reading = components['schemas']['Reading'];
export type TrendPoint = components['schemas']['TrendPoint'];
export type TrendBucket = components['schemas']['TrendBucket'];

/** The average Gregorian month in seconds (30.436875 days): slopes are per this month. */
export const MONTH_SECONDS = 2_629_746;

export interface TrendSummary {
  n: number;
  recent: number;
  first: Reading | null;
  last: Reading | null;
  change: number | null;
  change_pct: number | null;
  slope_per_month: number | null;
}

export interface TrendQuery {
  subjectId: string;
  metric: TrendMetric;
  start: Date;
  end: Date;
  bucket: TrendBucket;
  zone: string;
  /** Readings since this instant are counted as `recent` (the last 90 days). */
  recentSince: Date;
}

/** The readings of the trend, as a SQL fragment and its bindings (records_series_idx). */
function readings(
  userId: string,
  q: TrendQuery,
  columns = 'id, value, unit, occurred_at, occurred_on',
): { sql: string; bindings: unknown[] } {
  const metric = !q.metric.counting && q.metric.type === 'measurement';
  return {
    sql: `select ${columns} from records
      where user_id = ? and subject_id = ? and type = ? and deleted_at is null
        and occurred_at >= ? and occurred_at < ?
        ${q.metric.counting ? '' : 'and value is not null'} ${metric ? 'and metric = ?' : ''}`,
    bindings: [
      userId,
      q.subjectId,
      q.metric.type,
      q.start,
      q.end,
      ...(metric && !q.metric.counting ? [q.metric.metric] : []),
    ],
  };
}

/**
 * The series and its summary in one pass over the readings: one row per bucket (in the
 * user's zone) and a grand total row (grouping sets), with the least-squares slope of
 * value against time taken by the database. A slope needs readings on two different days.
 */
async function aggregate(db: Db, userId: string, q: TrendQuery) {
  const r = readings(userId, q, 'value, occurred_at, occurred_on');
  const stat = (fn: string) => (q.metric.counting ? 'null' : `${fn}::float8`);
  const { rows } = await db.raw(
    `select bucket_start, count(*)::int as n, ${stat('round(avg(value), 3)')} as avg,
       ${stat('min(value)')} as min, ${stat('max(value)')} as max,
       count(*) filter (where occurred_at >= ?)::int as recent,
       case when min(occurred_on) <> max(occurred_on) then
         round((regr_slope(value::float8, extract(epoch from occurred_at)::float8) * ${MONTH_SECONDS})::numeric, 3)
       end as slope
     from (select r.*, (date_trunc(?, occurred_at at time zone ?))::date::text as bucket_start
           from (${r.sql}) r) b
     group by grouping sets ((bucket_start), ())
     order by bucket_start nulls first`,
    [q.recentSince, q.bucket, q.zone, ...r.bindings] as never[],
  );
  const [total, ...buckets] = rows;
  const series: TrendPoint[] = buckets.map(({ bucket_start, n, avg, min, max }: TrendPoint) => ({
    bucket_start,
    n,
    avg,
    min,
    max,
  }));
  return { series, total };
}

/** The first and last reading, by two probes of records_series_idx; their difference exact. */
async function ends(db: Db, userId: string, q: TrendQuery) {
  const r = readings(userId, q);
  const columns = (a: string) =>
    `${a}.id as ${a}_id, ${a}.value as ${a}_value, ${a}.unit as ${a}_unit, ${a}.occurred_on::text as ${a}_day`;
  const { rows } = await db.raw(
    `select ${columns('f')}, ${columns('l')}, l.value - f.value as change,
       round((l.value - f.value) * 100 / nullif(f.value, 0), 1) as change_pct
     from (${r.sql} order by occurred_at, id limit 1) f,
          (${r.sql} order by occurred_at desc, id desc limit 1) l`,
    [...r.bindings, ...r.bindings] as never[],
  );
  return rows[0] as Record<string, unknown> | undefined;
}

/** The points of the trend and its summary; empty and single-point series give nulls. */
export async function trendData(
  db: Db,
  userId: string,
  q: TrendQuery,
): Promise<{ series: TrendPoint[]; summary: TrendSummary }> {
  const [{ series, total }, end] = await Promise.all([
    aggregate(db, userId, q),
    ends(db, userId, q),
  ]);
  const num = (v: unknown) => (v == null ? null : Number(v));
  const reading = (a: 'f' | 'l'): Reading | null =>
    end && end[`${a}_id`] != null
      ? {
          value: Number(end[`${a}_value`]),
          unit: end[`${a}_unit`] as string | null,
          date: end[`${a}_day`] as string,
          record_id: end[`${a}_id`] as string,
        }
      : null;
  const n = Number(total?.n ?? 0);
  return {
    series,
    summary: {
      n,
      recent: Number(total?.recent ?? 0),
      first: reading('f'),
      last: reading('l'),
      change: n >= 2 ? num(end?.change) : null,
      change_pct: n >= 2 ? num(end?.change_pct) : null,
      slope_per_month: num(total?.slope),
    },
  };
}
