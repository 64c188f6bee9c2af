/**
 * Any OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, vLLM, LM Studio…)
 * through the `openai` SDK, streamed with usage in the last chunk.
 */
import type OpenAI from 'openai';
import { lazyModule } from '../../core/lazy-module.ts';
import { toOpenAiMessages, toOpenAiTools } from './openai-messages.ts';
import { ToolCallPieces } from './openai-tool-calls.ts';
import type { ChatProvider, ModelEvent, ModelRequest, Usage } from './provider.ts';
import { type FailureFacts, otherFailure, type RetryPolicy, withRetries } from './retry.ts';

export interface OpenAiSettings {
  baseUrl: string;
  /** Undefined for a local server that asks for none (Ollama). */
  apiKey: string | undefined;
  model: string;
  retry: RetryPolicy;
  accepts?: ChatProvider['accepts'];
}

const LABEL = 'The chat model endpoint';
const sdk = lazyModule(() => import('openai'));

export class OpenAiProvider implements ChatProvider {
  readonly name = 'openai';
  readonly model: string;
  readonly accepts: ChatProvider['accepts'];
  private client: Promise<OpenAI> | undefined;
  private readonly official: boolean;

  constructor(private readonly settings: OpenAiSettings) {
    this.model = settings.model;
    this.official = new URL(settings.baseUrl).hostname === 'api.openai.com';
    // Images are widely understood by compatible servers; PDFs as `file` parts only by OpenAI.
    this.accepts = settings.accepts ?? { images: true, pdf: this.official };
  }

  /** The SDK's client, made with the first request: the SDK loads only when it is used. */
  private openAi(): Promise<OpenAI> {
    this.client ??= sdk.load().then(
      ({ default: OpenAiSdk }) =>
        new OpenAiSdk({
          baseURL: this.settings.baseUrl,
          // The SDK insists on a key; a local server ignores this one (docs/stack.md).
          apiKey: this.settings.apiKey ?? 'none',
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
    const limit = request.maxOutputTokens;
    const client = await this.openAi();
    const stream = await client.chat.completions.create(
      {
        model: this.model,
        messages: toOpenAiMessages(request.system, request.messages, this.accepts),
        // Some compatible servers refuse an empty list.
        ...(request.tools.length > 0 && { tools: toOpenAiTools(request.tools) }),
        // OpenAI's newer models take only max_completion_tokens; others know max_tokens.
        ...(limit !== undefined &&
          (this.official ? { max_completion_tokens: limit } : { max_tokens: limit })),
        stream: true,
        stream_options: { include_usage: true },
      },
      { signal },
    );
    const calls = new ToolCallPieces();
    let finish: string | null = null;
    let usage: Usage = { inputTokens: 0, outputTokens: 0, cachedTokens: 0 };
    for await (const chunk of stream) {
      if (chunk.usage) usage = toUsage(chunk.usage);
      const choice = chunk.choices[0];
      if (!choice) continue;
      if (choice.delta?.content) yield { type: 'text', delta: choice.delta.content };
      for (const piece of choice.delta?.tool_calls ?? []) calls.add(piece);
      if (choice.finish_reason) finish = choice.finish_reason;
    }
    for (const call of calls.whole()) yield { type: 'tool_call', call };
    // A server that says `stop` after tool calls still wants their results.
    const stopReason = calls.size > 0 ? 'tool_calls' : finish === 'length' ? 'length' : 'end';
    yield { type: 'done', usage, stopReason };
  }
}

function toUsage(usage: OpenAI.CompletionUsage): Usage {
  return {
    inputTokens: usage.prompt_tokens,
    outputTokens: usage.completion_tokens,
    cachedTokens: usage.prompt_tokens_details?.cached_tokens ?? 0,
  };
}

function describe(error: unknown): FailureFacts {
  // An SDK error comes from a call, so the SDK has loaded by the time one is described.
  const OpenAiSdk = sdk.loaded()?.default;
  if (OpenAiSdk && error instanceof OpenAiSdk.APIConnectionError) {
    return { message: error.message, connection: true };
  }
  if (OpenAiSdk && error instanceof OpenAiSdk.APIError) {
    return { message: error.message, status: error.status, headers: error.headers };
  }
  return otherFailure(error);
}
