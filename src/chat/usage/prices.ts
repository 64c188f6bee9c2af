import type { Usage } from '../providers/provider.ts';

/** USD per million tokens. `cached` defaults to `input` when a provider gives no discount. */
export interface ModelPrice {
  input: number;
  output: number;
  cached?: number;
}

export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * A call's cost in millionths of a dollar. A price in USD per million tokens is exactly
 * micro-dollars per token, so the sum is rounded once, at the end.
 */
export function costMicros(prices: PriceTable, model: string, usage: Usage): number {
  const price = prices[model];
  if (!price) return 0;
  const uncached = Math.max(0, usage.inputTokens - usage.cachedTokens);
  return Math.round(
    uncached * price.input +
      usage.cachedTokens * (price.cached ?? price.input) +
      usage.outputTokens * price.output,
  );
}
