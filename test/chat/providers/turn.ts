/** Helpers the provider tests share: a provider on a stand-in, and one turn's events. */
import { loadConfig } from '../../../src/app/config.ts';
import type { ModelEvent, ModelRequest } from '../../../src/chat/providers/provider.ts';
import {
  providerFromConfig,
  type RetryTuning,
} from '../../../src/chat/providers/provider-from-config.ts';

export type Which = 'openai' | 'anthropic';

/** The provider the configuration builds, pointed at a stand-in's URL. */
export function providerAt(
  which: Which,
  url: string,
  env: Record<string, string> = {},
  tuning: RetryTuning = {},
) {
  const settings = loadConfig({
    NODE_ENV: 'test',
    ...(which === 'openai'
      ? { LLM_BASE_URL: url, LLM_MODEL: 'stand-in-model' }
      : {
          ANTHROPIC_BASE_URL: url,
          ANTHROPIC_API_KEY: 'sk-ant-test',
          ANTHROPIC_MODEL: 'stand-in-model',
        }),
    ...env,
  }).chat;
  const provider = providerFromConfig(settings, tuning);
  if (!provider) throw new Error('no provider was configured');
  return provider;
}

/** A sleep that waits for nothing and remembers each delay asked of it. */
export function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

export async function turn(
  provider: { stream(request: ModelRequest): AsyncIterable<ModelEvent> },
  request: Partial<ModelRequest> = {},
): Promise<ModelEvent[]> {
  const events: ModelEvent[] = [];
  for await (const event of provider.stream({
    system: 'You are Tend.',
    messages: [{ role: 'user', content: 'Hi' }],
    tools: [],
    ...request,
  })) {
    events.push(event);
  }
  return events;
}

/** Runs a turn that must fail, keeping what was yielded before the failure. */
export async function failedTurn(
  provider: { stream(request: ModelRequest): AsyncIterable<ModelEvent> },
  request: Partial<ModelRequest> = {},
): Promise<{ events: ModelEvent[]; error: unknown }> {
  const events: ModelEvent[] = [];
  try {
    for await (const event of provider.stream({
      system: 'You are Tend.',
      messages: [{ role: 'user', content: 'Hi' }],
      tools: [],
      ...request,
    })) {
      events.push(event);
    }
  } catch (error) {
    return { events, error };
  }
  throw new Error(`the turn succeeded: ${JSON.stringify(events)}`);
}

export const addTaskTool = {
  name: 'createTask',
  description: 'Add a task to the person’s list.',
  inputSchema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
};
