/**
 * What Tend's own chat needs from a model, whichever API serves it: one streamed turn with
 * the system prompt, the history and the tools. An OpenAI-compatible Chat Completions
 * endpoint (`openai` SDK) and Anthropic's Messages API (`@anthropic-ai/sdk`) each implement
 * it in a file of their own; nothing else in Tend knows which one is talking.
 */

/** A file the person attached to their message, passed to models that accept it. */
export interface MessageFile {
  mediaType: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'application/pdf';
  name: string;
  /** The file's bytes, base64-encoded. */
  base64: string;
}

export interface ToolCall {
  /** The id the model gave the call; its result is sent back under the same id. */
  id: string;
  name: string;
  arguments: Record<string, unknown>;
  /**
   * Set when the model's arguments were not a JSON object: `arguments` is then `{}`, and
   * this note (quoting what arrived) is the result to send back instead of running the tool.
   */
  argumentsNote?: string;
}

export type ChatMessage =
  | { role: 'user'; content: string; files?: MessageFile[] }
  | { role: 'assistant'; content: string; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; name: string; content: string; isError?: boolean };

/** A tool as the model is shown it: the MCP tool's name, description and input schema. */
export interface ToolSpec {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

export interface ModelRequest {
  system: string;
  messages: ChatMessage[];
  tools: ToolSpec[];
  maxOutputTokens?: number;
  signal?: AbortSignal;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  /** Input tokens served from the provider's prompt cache (a part of inputTokens). */
  cachedTokens: number;
}

/** A model's turn as it arrives: text in pieces, whole tool calls, then the end. */
export type ModelEvent =
  | { type: 'text'; delta: string }
  | { type: 'tool_call'; call: ToolCall }
  | { type: 'done'; usage: Usage; stopReason: 'end' | 'tool_calls' | 'length' };

export interface ChatProvider {
  /** `openai` for any OpenAI-compatible endpoint, `anthropic` for the Messages API. */
  readonly name: 'openai' | 'anthropic';
  readonly model: string;
  /** What a message's files may be for this model; others are described, not sent. */
  readonly accepts: { images: boolean; pdf: boolean };
  /**
   * One turn, streamed. Retries 429 and 5xx with backoff (honouring Retry-After) before the
   * first event; throws a ProviderError when the provider cannot answer.
   */
  stream(request: ModelRequest): AsyncIterable<ModelEvent>;
}

/** The provider failed after its retries, or refused the request. */
export class ProviderError extends Error {
  constructor(
    message: string,
    /** The provider's HTTP status, when it answered one. */
    readonly status: number | undefined,
    /** A timeout, a 429 or a 5xx after every retry: worth trying again later. */
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}
