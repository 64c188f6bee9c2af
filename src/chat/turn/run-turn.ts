import type { Logger } from 'pino';
import type { components } from '../../../generated/openapi.ts';
import type { Principal } from '../../auth/principal.ts';
import type { RequestClient } from '../../auth/security-events.ts';
import type { Db } from '../../db/connect.ts';
import type { ChatDeps, ParentCall } from '../chat-deps.ts';
import { type ConversationRow, endTurn } from '../conversations/conversations.ts';
import {
  filesOf,
  insertFiles,
  insertMessage,
  latestMessages,
  latestUserMessageId,
  type MessageRow,
  type NewMessage,
  type StoredToolCall,
  setToolCalls,
} from '../conversations/messages.ts';
import { toMessage } from '../conversations/serialize.ts';
import type { ChatProvider, ToolCall, Usage } from '../providers/provider.ts';
import { recordModelCall } from '../usage/model-calls.ts';
import { historyFor } from './history.ts';
import { filesForModel } from './model-files.ts';
import { systemPrompt } from './system-prompt.ts';
import type { TurnEvent } from './turn-events.ts';

type ChatMessageBody = components['schemas']['ChatMessage'];
type ChatUsage = components['schemas']['ChatUsage'];

export interface IncomingFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** What starts a turn: the person's words, or their decision on a waiting change. */
export type TurnStart =
  | { kind: 'words'; content: string; files: IncomingFile[]; decline?: Waiting }
  | { kind: 'decision'; waiting: Waiting; approve: boolean };

export interface Waiting {
  message: MessageRow;
  call: StoredToolCall;
}

export interface Turn {
  chat: ChatDeps & { provider: ChatProvider };
  db: Db;
  now: () => Date;
  log: Logger;
  requestId: string;
  client?: RequestClient;
  principal: Principal;
  conversation: ConversationRow;
  start: TurnStart;
  emit: (event: TurnEvent) => void;
}

export interface TurnResult {
  messages: ChatMessageBody[];
  usage: ChatUsage;
  awaitingConfirmation: boolean;
}

const HISTORY_ROWS = 200;

/** The files of the person's latest message: what the model sees and a new record keeps. */
type PersonFiles = { messageId: string; files: IncomingFile[] } | undefined;
const DECLINED = 'The person declined this change; nothing was changed.';
const NOT_RUN = 'Not run: an earlier change in this reply is waiting for the person to confirm it.';

/**
 * One turn of the chat: the person's message stored, then model calls and the tools they
 * ask for, until the model answers in words, a change waits for the person's decision, or
 * the turn's model calls run out. Every message is stored as it is made, so a reader who
 * leaves loses nothing, and the turn's mark on the conversation is cleared at the end.
 */
export async function runTurn(turn: Turn): Promise<TurnResult> {
  const { chat, db, conversation } = turn;
  const added: ChatMessageBody[] = [];
  const usage = { inputTokens: 0, outputTokens: 0, cachedTokens: 0, costMicros: 0 };
  const zone = turn.principal.timezone;
  const parent: ParentCall = {
    requestId: turn.requestId,
    log: turn.log,
    ...(turn.client && { client: turn.client }),
  };
  let title: string | undefined;

  const store = async (message: NewMessage): Promise<MessageRow> => {
    const row = await insertMessage(
      db,
      { id: conversation.id, userId: turn.principal.userId },
      message,
      turn.now(),
    );
    return row;
  };
  const announce = (row: MessageRow) => {
    const body = toMessage(row, zone);
    added.push(body);
    turn.emit({ event: 'message', data: body });
  };

  try {
    let awaiting = false;
    const start = turn.start;
    let personal: PersonFiles;
    if (start.kind === 'words') {
      if (start.decline) await decide(start.decline, false);
      const row = await store({ role: 'user', content: start.content });
      await insertFiles(db, { id: row.id, userId: turn.principal.userId }, start.files);
      row.files = start.files.map((f) => ({ name: f.name, media_type: f.mediaType }));
      announce(row);
      if (conversation.title === null) title = titleFrom(start.content);
      personal = start.files.length > 0 ? { messageId: row.id, files: start.files } : undefined;
    } else {
      personal = await latestUserFiles();
      await decide(start.waiting, start.approve, personal);
    }

    for (let calls = 0; ; calls++) {
      if (calls >= chat.policy.maxModelCalls) {
        announce(
          await store({
            role: 'assistant',
            content:
              'I stopped here: this took more steps than I am allowed in one reply. Tell me how to go on.',
          }),
        );
        break;
      }
      const { text, toolCalls } = await callModel(personal);
      const statuses: (StoredToolCall & { argumentsNote?: string })[] = toolCalls.map((call) => ({
        ...call,
        status: 'done',
      }));
      const assistant = await store({
        role: 'assistant',
        content: text,
        ...(statuses.length > 0 && { toolCalls: statuses }),
      });
      if (statuses.length === 0) {
        announce(assistant);
        break;
      }
      // Each call runs in order; the first one needing the person's word stops the rest.
      const results: MessageRow[] = [];
      for (const call of statuses) {
        const tool = chat.contract.tools().find((t) => t.definition.name === call.name);
        if (awaiting) {
          call.status = 'skipped';
          results.push(await storeResult(call, NOT_RUN, true));
        } else if (call.argumentsNote) {
          // Arguments that were not JSON are sent back for the model to correct, never run.
          results.push(await storeResult(call, call.argumentsNote, true));
        } else if (tool?.operation.consequential === true) {
          call.status = 'awaiting_confirmation';
          awaiting = true;
        } else {
          results.push(await runCall(call, personal));
        }
      }
      await setToolCalls(db, assistant.id, statuses);
      assistant.tool_calls = statuses;
      announce(assistant);
      for (const row of results) announce(row);
      const waiting = statuses.find((c) => c.status === 'awaiting_confirmation');
      if (waiting) {
        turn.emit({
          event: 'confirmation_needed',
          data: {
            tool_call_id: waiting.id,
            name: waiting.name,
            arguments: waiting.arguments,
            question: text.trim() || `Go ahead with ${waiting.name}?`,
          },
        });
        break;
      }
    }
    const turnUsage = {
      input_tokens: usage.inputTokens,
      output_tokens: usage.outputTokens,
      cached_tokens: usage.cachedTokens,
      cost_usd: usage.costMicros / 1_000_000,
    };
    turn.emit({ event: 'done', data: { usage: turnUsage, awaiting_confirmation: awaiting } });
    return { messages: added, usage: turnUsage, awaitingConfirmation: awaiting };
  } finally {
    await endTurn(db, conversation.id, { now: turn.now(), title });
  }

  /** One model call, streamed to the listener as it comes, and priced. */
  async function callModel(files: PersonFiles) {
    const rows = await latestMessages(db, conversation.id, { limit: HISTORY_ROWS });
    const messages = historyFor(
      rows,
      chat.policy.historyTokens,
      files && {
        messageId: files.messageId,
        files: filesForModel(files.files, chat.provider.accepts),
      },
    );
    const tools = chat.contract.tools().map((t) => ({
      name: t.definition.name,
      description: t.definition.description,
      inputSchema: t.definition.inputSchema,
    }));
    const started = performance.now();
    let text = '';
    const toolCalls: ToolCall[] = [];
    let spent: Usage = { inputTokens: 0, outputTokens: 0, cachedTokens: 0 };
    const system = systemPrompt({
      about: chat.contract.about(),
      zone,
      now: turn.now(),
      extra: chat.policy.systemPromptExtra,
    });
    for await (const event of chat.provider.stream({ system, messages, tools })) {
      if (event.type === 'text') {
        text += event.delta;
        turn.emit({ event: 'text', data: { delta: event.delta } });
      } else if (event.type === 'tool_call') toolCalls.push(event.call);
      else spent = event.usage;
    }
    const cost = await recordModelCall(db, chat.policy.prices, {
      userId: turn.principal.userId,
      conversationId: conversation.id,
      widgetId: conversation.widget_id,
      provider: chat.provider.name,
      model: chat.provider.model,
      usage: spent,
      latencyMs: performance.now() - started,
      at: turn.now(),
    });
    usage.inputTokens += spent.inputTokens;
    usage.outputTokens += spent.outputTokens;
    usage.cachedTokens += spent.cachedTokens;
    usage.costMicros += cost;
    return { text, toolCalls };
  }

  /** Runs one call as the person and keeps its answer; a record it makes keeps their files. */
  async function runCall(call: StoredToolCall, files: PersonFiles): Promise<MessageRow> {
    turn.emit({
      event: 'tool_call',
      data: { id: call.id, name: call.name, arguments: call.arguments },
    });
    const outcome = await chat.contract.runTool(call, turn.principal, parent);
    const row = await storeResult(call, outcome.content, outcome.isError);
    turn.emit({
      event: 'tool_result',
      data: {
        tool_call_id: call.id,
        name: call.name,
        is_error: outcome.isError,
        summary: summaryOf(outcome.body),
      },
    });
    const recordId = call.name === 'createRecord' && !outcome.isError && idOf(outcome.body);
    if (recordId && files) {
      for (const file of files.files)
        await chat.contract.attach(recordId, file, turn.principal, parent);
    }
    return row;
  }

  function storeResult(call: StoredToolCall, content: string, isError: boolean) {
    return store({ role: 'tool', content, toolCallId: call.id, toolName: call.name, isError });
  }

  /** The person's answer to a waiting change: run it, or say it was declined. */
  async function decide(waiting: Waiting, approve: boolean, files?: PersonFiles): Promise<void> {
    const calls = waiting.message.tool_calls ?? [];
    const call = calls.find((c) => c.id === waiting.call.id);
    if (!call) return;
    if (approve) {
      call.status = 'done';
      announce(await runCall(call, files));
    } else {
      call.status = 'declined';
      announce(await storeResult(call, DECLINED, true));
    }
    await setToolCalls(db, waiting.message.id, calls);
  }

  /** The files of the person's latest message: what the model sees and a new record keeps. */
  async function latestUserFiles(): Promise<PersonFiles> {
    const last = await latestUserMessageId(db, conversation.id);
    const files = last ? await filesOf(db, last) : [];
    return last && files.length > 0 ? { messageId: last, files } : undefined;
  }
}

function titleFrom(content: string): string {
  const line = content.trim().split('\n')[0] ?? '';
  if (line.length <= 60) return line;
  const cut = line.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return `${space > 30 ? cut.slice(0, space) : cut}…`;
}

function idOf(body: unknown): string | undefined {
  const id = (body as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** A line for the person's screen: what the operation answered, in a few words. */
function summaryOf(body: unknown): string {
  if (body === undefined || body === null) return 'Done.';
  const b = body as Record<string, unknown>;
  if (typeof b.detail === 'string') return b.detail;
  if (typeof b.title === 'string') return b.title;
  if (Array.isArray(b.items)) return `${b.items.length} found.`;
  if (typeof b.name === 'string') return b.name;
  return 'Done.';
}
