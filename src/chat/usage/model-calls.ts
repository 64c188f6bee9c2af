import type { Db } from '../../db/connect.ts';
import type { Usage } from '../providers/provider.ts';
import { costMicros, type PriceTable } from './prices.ts';

export interface ModelCall {
  userId: string;
  conversationId: string | null;
  widgetId: string | null;
  provider: string;
  model: string;
  usage: Usage;
  latencyMs: number;
  at: Date;
}

/** Keeps one model call with its cost, priced when it was made; returns the cost. */
export async function recordModelCall(
  db: Db,
  prices: PriceTable,
  call: ModelCall,
): Promise<number> {
  const cost = costMicros(prices, call.model, call.usage);
  await db('model_calls').insert({
    user_id: call.userId,
    conversation_id: call.conversationId,
    widget_id: call.widgetId,
    provider: call.provider,
    model: call.model,
    input_tokens: call.usage.inputTokens,
    output_tokens: call.usage.outputTokens,
    cached_tokens: call.usage.cachedTokens,
    latency_ms: Math.round(call.latencyMs),
    cost_micros: cost,
    created_at: call.at,
  });
  return cost;
}

/** What a person's model calls cost from an instant on, in micro-dollars. */
export async function spentSince(db: Db, userId: string, since: Date): Promise<number> {
  const row = await db('model_calls')
    .where({ user_id: userId })
    .andWhere('created_at', '>=', since)
    .first(db.raw('coalesce(sum(cost_micros), 0)::bigint as spent'));
  return Number(row?.spent ?? 0);
}

export interface UsageDayRow {
  day: string;
  provider: string;
  model: string;
  calls: number;
  input_tokens: number;
  output_tokens: number;
  cached_tokens: number;
  cost_micros: number;
}

/** Use by day (in the person's zone) and model, between two instants, oldest first. */
export async function usageByDay(
  db: Db,
  userId: string,
  range: { from: Date; to: Date; zone: string },
): Promise<UsageDayRow[]> {
  const day = db.raw('to_char(created_at at time zone ?, ?)', [range.zone, 'YYYY-MM-DD']);
  const rows = await db('model_calls')
    .where({ user_id: userId })
    .andWhere('created_at', '>=', range.from)
    .andWhere('created_at', '<', range.to)
    .groupByRaw('1, provider, model')
    .orderBy([{ column: 'day' }, { column: 'provider' }, { column: 'model' }])
    .select(
      db.raw('? as day', [day]),
      'provider',
      'model',
      db.raw('count(*)::int as calls'),
      db.raw('sum(input_tokens)::bigint as input_tokens'),
      db.raw('sum(output_tokens)::bigint as output_tokens'),
      db.raw('sum(cached_tokens)::bigint as cached_tokens'),
      db.raw('sum(cost_micros)::bigint as cost_micros'),
    );
  return rows.map((r) => ({
    day: r.day,
    provider: r.provider,
    model: r.model,
    calls: Number(r.calls),
    input_tokens: Number(r.input_tokens),
    output_tokens: Number(r.output_tokens),
    cached_tokens: Number(r.cached_tokens),
    cost_micros: Number(r.cost_micros),
  }));
}
