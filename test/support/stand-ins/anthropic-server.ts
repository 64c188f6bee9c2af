/**
 * A stand-in for Anthropic's `POST /v1/messages`: a whole message, or the real stream of
 * events when the request streams (`message_start`, `content_block_start/delta/stop` for
 * text and `tool_use` with `input_json_delta` pieces, `message_delta` with the stop reason
 * and usage, `message_stop`).
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

export interface AnthropicReply {
  /** Streamed in these pieces; a string is cut after each space. */
  text?: string | string[];
  /** `input` as an object is sent as its JSON; as a string, exactly as given. */
  toolUses?: { id: string; name: string; input: Record<string, unknown> | string }[];
  usage?: { input: number; output: number; cacheRead?: number; cacheCreation?: number };
  stopReason?: 'end_turn' | 'tool_use' | 'max_tokens';
  /** Drops the connection after the text, before the message ends: a stream that broke. */
  cut?: boolean;
}

export function startAnthropicStandIn(script: Script<AnthropicReply>): Promise<StandIn> {
  return serveScript(anthropic, script);
}

const anthropic: Dialect<AnthropicReply> = {
  path: '/v1/messages',
  baseUrl: (origin) => origin,
  errorBody: (failure) => ({
    type: 'error',
    error: {
      type: failure.status === 429 ? 'rate_limit_error' : 'api_error',
      message: failure.message ?? `failed with ${failure.status}`,
    },
  }),
  answer: (reply, request, res) =>
    request.body.stream ? stream(reply, request, res) : whole(reply, request, res),
};

function inputText(use: NonNullable<AnthropicReply['toolUses']>[number]): string {
  return typeof use.input === 'string' ? use.input : JSON.stringify(use.input);
}

function stopReason(reply: AnthropicReply): string {
  return reply.stopReason ?? (reply.toolUses?.length ? 'tool_use' : 'end_turn');
}

function usage(reply: AnthropicReply) {
  const { input = 12, output = 5, cacheRead = 0, cacheCreation = 0 } = reply.usage ?? {};
  return {
    input_tokens: input,
    output_tokens: output,
    cache_read_input_tokens: cacheRead,
    cache_creation_input_tokens: cacheCreation,
  };
}

function message(request: Received, content: unknown[], stop: string | null, use: object) {
  return {
    id: 'msg_stand_in',
    type: 'message',
    role: 'assistant',
    model: request.body.model,
    content,
    stop_reason: stop,
    stop_sequence: null,
    usage: use,
  };
}

function stream(reply: AnthropicReply, request: Received, res: ServerResponse): void {
  const send = openEvents(res);
  const event = (type: string, body: object) => send({ type, ...body }, type);
  const total = usage(reply);
  event('message_start', { message: message(request, [], null, { ...total, output_tokens: 1 }) });
  event('ping', {});
  let index = 0;
  if (reply.text !== undefined) {
    event('content_block_start', { index, content_block: { type: 'text', text: '' } });
    for (const piece of pieces(reply.text)) {
      event('content_block_delta', { index, delta: { type: 'text_delta', text: piece } });
    }
    if (reply.cut) {
      // Once what was written has gone out, so the client has really seen the text.
      res.write('', () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    event('content_block_stop', { index });
    index++;
  }
  for (const use of reply.toolUses ?? []) {
    event('content_block_start', {
      index,
      content_block: { type: 'tool_use', id: use.id, name: use.name, input: {} },
    });
    for (const slice of slices(inputText(use))) {
      event('content_block_delta', {
        index,
        delta: { type: 'input_json_delta', partial_json: slice },
      });
    }
    event('content_block_stop', { index });
    index++;
  }
  event('message_delta', {
    delta: { stop_reason: stopReason(reply), stop_sequence: null },
    usage: { output_tokens: total.output_tokens },
  });
  event('message_stop', {});
  res.end();
}

function whole(reply: AnthropicReply, request: Received, res: ServerResponse): void {
  const content: unknown[] = [];
  if (reply.text !== undefined) content.push({ type: 'text', text: pieces(reply.text).join('') });
  for (const use of reply.toolUses ?? []) {
    content.push({
      type: 'tool_use',
      id: use.id,
      name: use.name,
      input: JSON.parse(inputText(use)),
    });
  }
  json(res, 200, message(request, content, stopReason(reply), usage(reply)));
}
