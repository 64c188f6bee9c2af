import type { ChatPolicy } from '../chat/chat-deps.ts';
import type { ModelPrice, PriceTable } from '../chat/usage/prices.ts';
import { ConfigError } from './config-error.ts';

type Env = Record<string, string | undefined>;

/**
 * The operator's chat settings (docs/chat.md): prices, the monthly budget per person, what
 * the system prompt adds, and the limits of one reply.
 */
export function chatPolicyFromEnv(env: Env): ChatPolicy {
  return {
    prices: prices(env.LLM_PRICES),
    monthlyBudgetUsd: decimal(env, 'CHAT_MONTHLY_BUDGET_USD'),
    systemPromptExtra: env.CHAT_SYSTEM_PROMPT?.trim() ?? '',
    maxModelCalls: whole(env, 'CHAT_MAX_MODEL_CALLS', 8, 1, 50),
    historyTokens: whole(env, 'CHAT_HISTORY_TOKENS', 12_000, 500, 1_000_000),
    messagesPerMinute: whole(env, 'CHAT_MESSAGES_PER_MINUTE', 20, 0, 10_000),
  };
}

/** `LLM_PRICES`: JSON, model → `{input, output, cached?}` in USD per million tokens. */
function prices(raw: string | undefined): PriceTable {
  if (!raw?.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(
      'LLM_PRICES must be JSON, e.g. {"gpt-4.1-mini":{"input":0.4,"output":1.6}}',
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ConfigError('LLM_PRICES must be an object of model names');
  const table: Record<string, ModelPrice> = {};
  for (const [model, price] of Object.entries(parsed)) {
    const { input, output, cached } = (price ?? {}) as Record<string, unknown>;
    const ok = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
    if (!ok(input) || !ok(output) || (cached !== undefined && !ok(cached)))
      throw new ConfigError(
        `LLM_PRICES["${model}"] needs input and output (and optionally cached) as USD per million tokens`,
      );
    table[model] = {
      input: input as number,
      output: output as number,
      ...(cached !== undefined && { cached: cached as number }),
    };
  }
  return Object.freeze(table);
}

function decimal(env: Env, name: string): number | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new ConfigError(`${name} must be a number of dollars, 0 or more`);
  return n;
}

function whole(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}
