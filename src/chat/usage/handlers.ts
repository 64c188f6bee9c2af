import { DateTime } from 'luxon';
import type { Handler } from '../../contract/handler-types.ts';
import { validationFailed } from '../../core/problems/routing.ts';
import { checkDay } from '../../dates/check-day.ts';
import type { ChatPolicy } from '../chat-deps.ts';
import { budgetState, monthOf } from './budget.ts';
import { usageByDay } from './model-calls.ts';

const usd = (micros: number) => micros / 1_000_000;

/** getUsage: by day and model in the person's zone, with totals and the month's budget. */
export function usageHandler(policy: ChatPolicy): Handler<'getUsage'> {
  return async ({ query }, ctx) => {
    const now = ctx.now();
    const zone = ctx.timezone;
    const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
    checkDay(query.from, 'from');
    checkDay(query.to, 'to');
    const from = query.from
      ? DateTime.fromISO(query.from, { zone })
      : DateTime.fromJSDate(monthOf(now, zone).start).setZone(zone);
    const to = query.to ? DateTime.fromISO(query.to, { zone }) : today;
    if (to < from) {
      throw validationFailed([{ pointer: '/query/to', reason: 'is before from' }], {
        status: 400,
        detail: '`to` is before `from`.',
        hint: 'Give `to` on or after `from`.',
      });
    }
    const rows = await usageByDay(ctx.db, ctx.userId, {
      from: from.toJSDate(),
      to: to.plus({ days: 1 }).toJSDate(),
      zone,
    });
    const sum = (key: 'input_tokens' | 'output_tokens' | 'cached_tokens' | 'cost_micros') =>
      rows.reduce((total, row) => total + row[key], 0);
    const budget = await budgetState(ctx.db, policy.monthlyBudgetUsd, {
      userId: ctx.userId,
      zone,
      now,
    });
    return {
      status: 200,
      body: {
        from: from.toISODate() ?? '',
        to: to.toISODate() ?? '',
        days: rows.map(({ cost_micros, ...row }) => ({ ...row, cost_usd: usd(cost_micros) })),
        total: {
          input_tokens: sum('input_tokens'),
          output_tokens: sum('output_tokens'),
          cached_tokens: sum('cached_tokens'),
          cost_usd: usd(sum('cost_micros')),
        },
        budget: budget
          ? {
              monthly_usd: usd(budget.monthlyMicros),
              spent_usd: usd(budget.spentMicros),
              remaining_usd: usd(Math.max(0, budget.monthlyMicros - budget.spentMicros)),
            }
          : null,
      },
    };
  };
}
