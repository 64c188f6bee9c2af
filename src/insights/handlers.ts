import { DateTime } from 'luxon';
import type { Handlers } from '../contract/handler-types.ts';
import { invalidRange } from '../core/problems/input.ts';
import { itemNotFound } from '../core/problems/routing.ts';
import { checkDay } from '../dates/check-day.ts';
import { localDate, localDayBounds } from '../dates/zone.ts';
import { getSubject } from '../subjects/queries.ts';
import { buildOverview } from './overview.ts';
import { resolvePeriod } from './period.ts';
import { buildReport } from './report.ts';
import { type TrendBucket, trendData } from './trend.ts';
import { resolveTrendMetric } from './trend-metric.ts';
import { trendNotes } from './trend-notes.ts';
import { checkTrendMetric } from './unknown-metric.ts';

type InsightHandlers = Pick<Handlers, 'getOverview' | 'getTrend' | 'getReport'>;

export const insightHandlers: InsightHandlers = {
  async getOverview({ query }, ctx) {
    if (query.subject_id && !(await getSubject(ctx.db, ctx.userId, query.subject_id))) {
      throw itemNotFound('subject');
    }
    return { status: 200, body: await buildOverview(ctx, query.subject_id) };
  },

  async getTrend({ query }, ctx) {
    const subject = await getSubject(ctx.db, ctx.userId, query.subject_id);
    if (!subject) throw itemNotFound('subject');
    const zone = ctx.timezone;
    const to = checkDay(query.to, 'to') ?? localDate(ctx.now(), zone);
    const from =
      checkDay(query.from, 'from') ??
      (DateTime.fromISO(to).minus({ years: 1 }).toISODate() as string);
    if (from > to) {
      throw invalidRange(from, to, 'Swap from and to, or leave from out for the year up to to.');
    }
    const metric = resolveTrendMetric(query.metric);
    await checkTrendMetric(ctx.db, ctx.userId, subject, query.metric, metric);
    const q = {
      subjectId: subject.id,
      metric,
      start: localDayBounds(from, zone).start,
      end: localDayBounds(to, zone).end,
      bucket: query.bucket ?? defaultBucket(from, to),
      zone,
      recentSince: DateTime.fromJSDate(ctx.now(), { zone }).minus({ days: 90 }).toJSDate(),
    };
    const { series, summary } = await trendData(ctx.db, ctx.userId, q);
    const name = metric.counting ? metric.type : (metric.metric ?? 'weight');
    const unit = metric.counting
      ? null
      : metric.type === 'weight'
        ? 'kg'
        : (summary.last?.unit ?? null);
    const counted = metric.counting
      ? {
          ...summary,
          first: null,
          last: null,
          change: null,
          change_pct: null,
          slope_per_month: null,
        }
      : summary;
    return {
      status: 200,
      body: {
        subject_id: subject.id,
        subject_name: subject.name,
        metric: name,
        counting: metric.counting,
        unit,
        from,
        to,
        bucket: q.bucket,
        series,
        first: counted.first,
        last: counted.last,
        change: counted.change,
        change_pct: counted.change_pct,
        slope_per_month: counted.slope_per_month,
        notes: trendNotes({
          subjectName: subject.name,
          what: metric.counting ? `${metric.type} records` : name.replace(/_/g, ' '),
          counting: metric.counting,
          unit,
          from,
          to,
          summary: counted,
          series,
        }),
      },
    };
  },

  async getReport({ query }, ctx) {
    const period = resolvePeriod(
      { period: query.period, from: checkDay(query.from, 'from'), to: checkDay(query.to, 'to') },
      ctx.now(),
      ctx.timezone,
    );
    let subject: { id: string; name: string } | undefined;
    if (query.subject_id) {
      subject = await getSubject(ctx.db, ctx.userId, query.subject_id);
      if (!subject) throw itemNotFound('subject');
    }
    return { status: 200, body: await buildReport(ctx, period, subject) };
  },
};

/** Day buckets up to a month, weeks up to half a year, months beyond. */
function defaultBucket(from: string, to: string): TrendBucket {
  const days = DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days + 1;
  if (days <= 31) return 'day';
  if (days <= 184) return 'week';
  return 'month';
}
