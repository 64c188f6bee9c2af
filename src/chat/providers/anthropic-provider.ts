/**
 * Anthropic's Messages API through `@anthropic-ai/sdk`, streamed: text deltas as they come,
 * a `tool_use` block given out whole at its `content_block_stop`, usage from
 * `message_start` and `message_delta`.
 */
import type Anthropic from '@anthropic-ai/sdk';
import { lazyModule } from '../../core/lazy-module.ts';
import { toAnthropicMessages, toAnthropicTools } from './anthropic-messages.ts';
import type { ChatProvider, ModelEvent, ModelRequest } from './provider.ts';
import { type FailureFacts, otherFailure, type RetryPolicy, withRetries } from './retry.ts';
import { parseToolArguments } from './tool-arguments.ts';

export interface AnthropicSettings {
  apiKey: string;
  model: string;
  /** Undefined for Anthropic's own; set for a proxy or a stand-in. */
  baseUrl: string | undefined;
  retry: RetryPolicy;
  accepts?: ChatProvider['accepts'];
}

/** The API requires a ceiling; a chat answer with tool calls fits well within it. */
const DEFAULT_MAX_TOKENS = 4096;
const LABEL = 'Anthropic';
const sdk = lazyModule(() => import('@anthropic-ai/sdk'));

export class AnthropicProvider implements ChatProvider {
  readonly name = 'anthropic';
  readonly model: string;
  readonly accepts: ChatProvider['accepts'];
  private client: Promise<Anthropic> | undefined;

  constructor(private readonly settings: AnthropicSettings) {
    this.model = settings.model;
    this.accepts = settings.accepts ?? { images: true, pdf: true };
  }

  /** The SDK's client, made with the first request: the SDK loads only when it is used. */
  private anthropic(): Promise<Anthropic> {
    this.client ??= sdk.load().then(
      ({ default: AnthropicSdk }) =>
        new AnthropicSdk({
          apiKey: this.settings.apiKey,
          ...(this.settings.baseUrl !== undefined && { baseURL: this.settings.baseUrl }),
          maxRetries: 0,
        }),
    );
    return this.client;
  }

  stream(request: ModelRequest): AsyncIterable<ModelEvent> {
    return withRetries(LABEL, this.settings.retry, request.signal, describe, (signal) =>
      this.attempt(request, signal),
    );
  }

  private async *attempt(request: ModelRequest, signal: AbortSignal): AsyncGenerator<ModelEvent> {
    const client = await this.anthropic();
    const stream = await client.messages.create(
      {
        model: this.model,
        max_tokens: request.maxOutputTokens ?? DEFAULT_MAX_TOKENS,
        // The API refuses an empty system text block.
        ...(request.system !== '' && { system: request.system }),
        messages: toAnthropicMessages(request.messages, this.accepts),
        ...(request.tools.length > 0 && { tools: toAnthropicTools(request.tools) }),
        // One breakpoint on the last block: the system prompt, tools and history so far are
        // read from the cache on the next turn instead of being paid for again.
        cache_control: { type: 'ephemeral' },
        stream: true,
      },
      { signal },
    );
    const tools = new Map<number, { id: string; name: string; json: string }>();
    let input = 0;
    let cached = 0;
    let output = 0;
    let stop: Anthropic.Messages.StopReason | null = null;
    for await (const event of stream) {
      if (event.type === 'message_start') {
        const usage = event.message.usage;
        cached = usage.cache_read_input_tokens ?? 0;
        input = usage.input_tokens + cached + (usage.cache_creation_input_tokens ?? 0);
        output = usage.output_tokens;
      } else if (event.type === 'content_block_start' && event.content_block.type === 'tool_use') {
        const block = event.content_block;
        tools.set(event.index, { id: block.id, name: block.name, json: '' });
      } else if (event.type === 'content_block_delta') {
        if (event.delta.type === 'text_delta') yield { type: 'text', delta: event.delta.text };
        else if (event.delta.type === 'input_json_delta') {
          const tool = tools.get(event.index);
          if (tool) tool.json += event.delta.partial_json;
        }
      } else if (event.type === 'content_block_stop') {
        const tool = tools.get(event.index);
        if (tool) {
          yield {
            type: 'tool_call',
            call: { id: tool.id, name: tool.name, ...parseToolArguments(tool.name, tool.json) },
          };
        }
      } else if (event.type === 'message_delta') {
        // Cumulative counts: the last one is the turn's.
        const usage = event.usage;
        output = usage.output_tokens;
        if (usage.input_tokens != null) {
          cached = usage.cache_read_input_tokens ?? cached;
          input = usage.input_tokens + cached + (usage.cache_creation_input_tokens ?? 0);
        }
        stop = event.delta.stop_reason ?? stop;
      }
    }
    const stopReason =
      stop === 'tool_use' || tools.size > 0
        ? 'tool_calls'
        : stop === 'max_tokens' || stop === 'model_context_window_exceeded'
          ? 'length'
          : 'end';
    yield {
      type: 'done',
      usage: { inputTokens: input, outputTokens: output, cachedTokens: cached },
      stopReason,
    };
  }
}

function describe(error: unknown): FailureFacts {
  // An SDK error comes from a call, so the SDK has loaded by the time one is described.
  const AnthropicSdk = sdk.loaded()?.default;
  if (AnthropicSdk && error instanceof AnthropicSdk.APIConnectionError) {
    return { message: error.message, connection: true };
  }
  if (AnthropicSdk && error instanceof AnthropicSdk.APIError) {
    return { message: error.message, status: error.status, headers: error.headers };
  }
  return otherFailure(error);
}
