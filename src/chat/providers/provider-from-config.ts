/**
 * The one chat provider the configuration names, or undefined when none is configured.
 * The settings were checked when the configuration was read (`src/app/config.ts`).
 */
import { AnthropicProvider } from './anthropic-provider.ts';
import { OpenAiProvider } from './openai-provider.ts';
import type { ChatProvider } from './provider.ts';
import type { RetryPolicy } from './retry.ts';
import type { ChatSettings } from './settings.ts';

/** What tests replace: the wait between attempts, the jitter, the clock. */
export type RetryTuning = Pick<RetryPolicy, 'sleep' | 'random' | 'now'>;

export function providerFromConfig(
  settings: ChatSettings,
  tuning: RetryTuning = {},
): ChatProvider | undefined {
  const retry: RetryPolicy = {
    maxRetries: settings.maxRetries,
    timeoutMs: settings.timeoutMs,
    ...tuning,
  };
  if (settings.provider === 'openai' && settings.openai) {
    return new OpenAiProvider({ ...settings.openai, retry });
  }
  if (settings.provider === 'anthropic' && settings.anthropic) {
    return new AnthropicProvider({ ...settings.anthropic, retry });
  }
  return undefined;
}
