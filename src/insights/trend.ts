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
function readings(userId: string, q: TrendQuery): { sql: string; bindings: unknown[] } {
  const metric = !q.metric.counting && q.metric.type === 'measurement';
  return {
    sql: `select id, value, unit, occurred_at, occurred_on from records
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

/** One point per bucket (in the user's zone) that has readings, oldest first. */
export async function trendSeries(db: Db, userId: string, q: TrendQuery): Promise<TrendPoint[]> {
  const r = readings(userId, q);
  const stat = (fn: string) => (q.metric.counting ? 'null' : `${fn}::float8`);
  const { rows } = await db.raw(
    `select (date_trunc(?, occurred_at at time zone ?))::date::text as bucket_start,
       count(*)::int as n, ${stat('round(avg(value), 3)')} as avg, ${stat('min(value)')} as min,
       ${stat('max(value)')} as max
     from (${r.sql}) r group by 1 order by 1`,
    [q.bucket, q.zone, ...r.bindings] as never[],
  );
  return rows;
}

/**
 * First, last, their difference, and the least-squares slope of value against time, all
 * computed by the database in exact decimals where it can; a slope needs readings on two
 * different days, a percentage a first value other than zero.
 */
export async function trendSummary(db: Db, userId: string, q: TrendQuery): Promise<TrendSummary> {
  const r = readings(userId, q);
  const reading = (order: string) =>
    `(select json_build_object('value', value, 'unit', unit, 'date', occurred_on::text, 'record_id', id)
      from r order by ${order} limit 1)`;
  const value = (order: string) => `(select value from r order by ${order} limit 1)`;
  const first = 'occurred_at, id';
  const last = 'occurred_at desc, id desc';
  const { rows } = await db.raw(
    `with r as (${r.sql})
     select (select count(*)::int from r) as n,
       (select count(*)::int from r where occurred_at >= ?) as recent,
       ${reading(first)} as first, ${reading(last)} as last,
       ${value(last)} - ${value(first)} as change,
       round((${value(last)} - ${value(first)}) * 100 / nullif(${value(first)}, 0), 1) as change_pct,
       (select case when count(distinct occurred_on) >= 2
          then round((regr_slope(value::float8, extract(epoch from occurred_at)::float8) * ${MONTH_SECONDS})::numeric, 3)
        end from r) as slope`,
    [...r.bindings, q.recentSince] as never[],
  );
  const row = rows[0];
  const asReading = (json: unknown): Reading | null => {
    if (json == null) return null;
    const parsed = (typeof json === 'string' ? JSON.parse(json) : json) as Reading;
    return { ...parsed, value: Number(parsed.value) };
  };
  const num = (v: unknown) => (v == null ? null : Number(v));
  const n = Number(row.n);
  return {
    n,
    recent: Number(row.recent),
    first: asReading(row.first),
    last: asReading(row.last),
    change: n >= 2 ? num(row.change) : null,
    change_pct: n >= 2 ? num(row.change_pct) : null,
    slope_per_month: num(row.slope),
  };
}
