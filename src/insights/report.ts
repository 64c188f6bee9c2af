import type { components } from '../../generated/openapi.ts';
import { canRead } from '../auth/can-read.ts';
import type { HandlerContext } from '../contract/handler-types.ts';
import { localDate, localDayBounds } from '../dates/zone.ts';
import { careDue } from './care-due.ts';
import type { Period } from './period.ts';
import { reportCare, reportEvents } from './report-care.ts';
import { reportTasks } from './report-tasks.ts';

export type Report = components['schemas']['Report'];

/** Events in one report; with the lists capped at 50 it stays far under 100,000 characters. */
export const REPORT_EVENTS_LIMIT = 100;

/** A review of a period; the parts the caller may not read are null. */
export async function buildReport(
  ctx: HandlerContext,
  period: Period,
  subject: { id: string; name: string } | undefined,
): Promise<Report> {
  const now = ctx.now();
  const scope = {
    userId: ctx.userId,
    subjectId: subject?.id,
    start: localDayBounds(period.from, ctx.timezone).start,
    end: localDayBounds(period.to, ctx.timezone).end,
  };
  const records = canRead(ctx.principal, 'records');
  const tasks = canRead(ctx.principal, 'tasks');
  const [care, due, taskCounts, events] = await Promise.all([
    records ? reportCare(ctx.db, scope) : null,
    records
      ? careDue(ctx.db, ctx.userId, {
          subjectId: subject?.id,
          today: localDate(now, ctx.timezone),
          dueBy: period.to,
        })
      : null,
    tasks ? reportTasks(ctx.db, scope, now) : null,
    reportEvents(ctx.db, scope, { records, tasks }, REPORT_EVENTS_LIMIT),
  ]);
  return {
    from: period.from,
    to: period.to,
    period: period.period,
    subject_id: subject?.id ?? null,
    subject_name: subject?.name ?? null,
    care: care && due ? { ...care, care_due: due } : null,
    tasks: taskCounts,
    events: events.events.map((event) => {
      const { at, ...rest } = event as typeof event & { at: Date };
      return { ...rest, date: rest.date ?? localDate(at, ctx.timezone) };
    }),
    truncated: events.truncated,
  };
}
