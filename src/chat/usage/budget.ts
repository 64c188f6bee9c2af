import { DateTime } from 'luxon';
import { chatBudgetSpent } from '../../core/problems/chat.ts';
import type { Db } from '../../db/connect.ts';
import { spentSince } from './model-calls.ts';

/** The calendar month an instant falls in, in the person's zone: where budgets start over. */
export function monthOf(now: Date, zone: string): { start: Date; next: Date; nextDay: string } {
  const start = DateTime.fromJSDate(now).setZone(zone).startOf('month');
  const next = start.plus({ months: 1 });
  return { start: start.toJSDate(), next: next.toJSDate(), nextDay: next.toISODate() ?? '' };
}

export interface BudgetState {
  monthlyMicros: number;
  spentMicros: number;
}

/** This month's budget and spending, or undefined when the operator set no budget. */
export async function budgetState(
  db: Db,
  monthlyBudgetUsd: number | undefined,
  person: { userId: string; zone: string; now: Date },
): Promise<BudgetState | undefined> {
  if (monthlyBudgetUsd === undefined) return undefined;
  const { start } = monthOf(person.now, person.zone);
  return {
    monthlyMicros: Math.round(monthlyBudgetUsd * 1_000_000),
    spentMicros: await spentSince(db, person.userId, start),
  };
}

/** Past the budget the model is not called at all: the person hears why and until when. */
export async function refuseWhenSpent(
  db: Db,
  monthlyBudgetUsd: number | undefined,
  person: { userId: string; zone: string; now: Date },
): Promise<void> {
  const state = await budgetState(db, monthlyBudgetUsd, person);
  if (state && state.spentMicros >= state.monthlyMicros) {
    throw chatBudgetSpent(
      state.spentMicros / 1_000_000,
      state.monthlyMicros / 1_000_000,
      monthOf(person.now, person.zone).nextDay,
    );
  }
}
