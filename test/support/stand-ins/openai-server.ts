/**
 * A stand-in for an OpenAI-compatible `POST /v1/chat/completions`: a whole JSON answer, or
 * Server-Sent Events ending in `data: [DONE]` when the request streams, with tool calls'
 * arguments in several pieces and the usage in a last chunk when `include_usage` asks.
 */
import type { ServerResponse } from 'node:http';
import {
  type Dialect,
  json,
  openEvents,
  pieces,
  type Received,
  type Script,
  type StandIn,
  serveScript,
  slices,
} from './server.ts';

export interface OpenAiReply {
  /** Streamed in these pieces; a string is cut after each space. */
  text?: string | string[];
  /** `arguments` as an object is sent as its JSON; as a string, exactly as given. */
  toolCalls?: { id: string; name: string; arguments: Record<string, unknown> | string }[];
  usage?: { prompt: number; completion: number; cached?: number };
  finishReason?: 'stop' | 'tool_calls' | 'length';
  /** Drops the connection after the text, before any finish: a stream that broke. */
  cut?: boolean;
}

export function startOpenAiStandIn(script: Script<OpenAiReply>): Promise<StandIn> {
  return serveScript(openAi, script);
}

const openAi: Dialect<OpenAiReply> = {
  path: '/v1/chat/completions',
  baseUrl: (origin) => `${origin}/v1`,
  errorBody: (failure) => ({
    error: {
      message: failure.message ?? `failed with ${failure.status}`,
      type: 'server_error',
      code: null,
    },
  }),
  answer: (reply, request, res) =>
    request.body.stream ? stream(reply, request, res) : whole(reply, request, res),
};

function argumentsText(call: NonNullable<OpenAiReply['toolCalls']>[number]): string {
  return typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
}

function finish(reply: OpenAiReply): string {
  return reply.finishReason ?? (reply.toolCalls?.length ? 'tool_calls' : 'stop');
}

function usage(reply: OpenAiReply) {
  const { prompt = 12, completion = 5, cached = 0 } = reply.usage ?? {};
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: cached },
  };
}

function stream(reply: OpenAiReply, request: Received, res: ServerResponse): void {
  const send = openEvents(res);
  const chunk = (delta: object, finishReason: string | null = null) =>
    send({
      id: 'chatcmpl-stand-in',
      object: 'chat.completion.chunk',
      created: 1_700_000_000,
      model: request.body.model,
      choices: [{ index: 0, delta, finish_reason: finishReason }],
    });
  chunk({ role: 'assistant', content: '' });
  for (const piece of pieces(reply.text ?? '')) chunk({ content: piece });
  if (reply.cut) {
    // Once what was written has gone out, so the client has really seen the text.
    res.write('', () => setTimeout(() => res.socket?.destroy(), 20));
    return;
  }
  (reply.toolCalls ?? []).forEach((call, index) => {
    chunk({
      tool_calls: [
        { index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } },
      ],
    });
    for (const slice of slices(argumentsText(call))) {
      chunk({ tool_calls: [{ index, function: { arguments: slice } }] });
    }
  });
  chunk({}, finish(reply));
  if (request.body.stream_options?.include_usage) {
    send({
      id: 'chatcmpl-stand-in',
      object: 'chat.completion.chunk',
      created: 1_700_000_000,
      model: request.body.model,
      choices: [],
      usage: usage(reply),
    });
  }
  send('[DONE]');
  res.end();
}

function whole(reply: OpenAiReply, request: Received, res: ServerResponse): void {
  const calls = reply.toolCalls ?? [];
  json(res, 200, {
    id: 'chatcmpl-stand-in',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: request.body.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: pieces(reply.text ?? '').join('') || null,
          ...(calls.length > 0 && {
            tool_calls: calls.map((call) => ({
              id: call.id,
              type: 'function',
              function: { name: call.name, arguments: argumentsText(call) },
            })),
          }),
        },
        finish_reason: finish(reply),
      },
    ],
    usage: usage(reply),
  });
}
