import type {
  ChatProvider,
  ModelEvent,
  ModelRequest,
  ToolCall,
  Usage,
} from '../../src/chat/providers/provider.ts';

/** What the model answers to one call: text in pieces, then any tool calls. */
export interface ScriptedReply {
  text?: string[];
  toolCalls?: ToolCall[];
  usage?: Partial<Usage>;
}

/**
 * A model whose answers a test writes in advance, one per call, at the provider interface:
 * the engine's own logic runs for real. What it was asked is kept for the test to read.
 */
export class ScriptedProvider implements ChatProvider {
  readonly name = 'openai' as const;
  readonly accepts = { images: true, pdf: true };
  readonly requests: ModelRequest[] = [];
  private readonly replies: (ScriptedReply | ((request: ModelRequest) => ScriptedReply))[];

  constructor(
    replies: (ScriptedReply | ((request: ModelRequest) => ScriptedReply))[],
    readonly model = 'test-model',
  ) {
    this.replies = [...replies];
  }

  async *stream(request: ModelRequest): AsyncIterable<ModelEvent> {
    this.requests.push(structuredClone({ ...request, signal: undefined }));
    const next = this.replies.shift();
    if (!next) throw new Error('the script has no more replies');
    const reply = typeof next === 'function' ? next(request) : next;
    for (const delta of reply.text ?? []) yield { type: 'text', delta };
    for (const call of reply.toolCalls ?? []) yield { type: 'tool_call', call };
    yield {
      type: 'done',
      usage: { inputTokens: 100, outputTokens: 10, cachedTokens: 0, ...reply.usage },
      stopReason: reply.toolCalls?.length ? 'tool_calls' : 'end',
    };
  }
}

/** Server-sent events as (event, data) pairs, from a response's text. */
export function parseEvents(text: string): { event: string; data: Record<string, unknown> }[] {
  return text
    .split('\n\n')
    .filter((frame) => frame.trim())
    .map((frame) => {
      const event = /^event: (.*)$/m.exec(frame)?.[1] ?? 'message';
      const data = /^data: (.*)$/m.exec(frame)?.[1] ?? '{}';
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}

/** A model that answers every call in a few words: for tests about everything but the model. */
export class PoliteProvider implements ChatProvider {
  readonly name = 'openai' as const;
  readonly model = 'polite-model';
  readonly accepts = { images: false, pdf: false };

  async *stream(): AsyncIterable<ModelEvent> {
    yield { type: 'text', delta: 'Noted.' };
    yield {
      type: 'done',
      usage: { inputTokens: 10, outputTokens: 2, cachedTokens: 0 },
      stopReason: 'end',
    };
  }
}
