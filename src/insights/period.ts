import { DateTime } from 'luxon';
import type { components } from '../../generated/openapi.ts';
import { invalidRange } from '../core/problems/input.ts';

export type ReportPeriod = components['schemas']['ReportPeriod'];

export interface Period {
  from: string;
  to: string;
  period: ReportPeriod | null;
}

const iso = (d: DateTime) => d.toISODate() as string;

/**
 * The days a report covers, in the user's zone: `from`/`to` as given (one alone runs to
 * today, or back 30 days), else the named period (default the last 30 days).
 */
export function resolvePeriod(
  input: { period?: ReportPeriod | undefined; from?: string | undefined; to?: string | undefined },
  now: Date,
  zone: string,
): Period {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  if (input.from !== undefined || input.to !== undefined) {
    const to = input.to ?? iso(today);
    const from = input.from ?? iso(DateTime.fromISO(to).minus({ days: 29 }));
    if (from > to) {
      throw invalidRange(from, to, 'Swap from and to, or give only one of them.');
    }
    return { from, to, period: null };
  }
  const period = input.period ?? 'last_30_days';
  switch (period) {
    case 'last_7_days':
      return { from: iso(today.minus({ days: 6 })), to: iso(today), period };
    case 'last_30_days':
      return { from: iso(today.minus({ days: 29 })), to: iso(today), period };
    case 'this_month':
      return { from: iso(today.startOf('month')), to: iso(today.endOf('month')), period };
    case 'last_month': {
      const month = today.minus({ months: 1 });
      return { from: iso(month.startOf('month')), to: iso(month.endOf('month')), period };
    }
    case 'this_year':
      return { from: iso(today.startOf('year')), to: iso(today.endOf('year')), period };
  }
}
