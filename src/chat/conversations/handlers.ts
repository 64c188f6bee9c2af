import type { Handler } from '../../contract/handler-types.ts';
import { problemBody } from '../../core/http-error.ts';
import {
  chatMessageShape,
  chatNotConfigured,
  chatTurnInProgress,
} from '../../core/problems/chat.ts';
import { itemNotFound } from '../../core/problems/routing.ts';
import { decodeCursor, isIsoInstant, isUuid } from '../../paging/cursor.ts';
import { buildPage } from '../../paging/page.ts';
import type { ChatDeps } from '../chat-deps.ts';
import { runTurn } from '../turn/run-turn.ts';
import { turnProblem, turnStartOf, wantsEventStream } from '../turn/start-turn.ts';
import { asServerSentEvents, EventChannel } from '../turn/turn-events.ts';
import { refuseWhenSpent } from '../usage/budget.ts';
import { usageHandler } from '../usage/handlers.ts';
import {
  type ConversationSortKey,
  claimTurn,
  conversationSortKey,
  deleteConversation,
  findConversation,
  insertConversation,
  listConversations,
  widgetOfGrant,
} from './conversations.ts';
import { refuseOverMessageRate } from './message-rate.ts';
import { latestMessages } from './messages.ts';
import { toConversation, toMessage } from './serialize.ts';

type ConversationHandlers = {
  listConversations: Handler<'listConversations'>;
  createConversation: Handler<'createConversation'>;
  getConversation: Handler<'getConversation'>;
  deleteConversation: Handler<'deleteConversation'>;
  sendMessage: Handler<'sendMessage'>;
  getUsage: Handler<'getUsage'>;
};

/** A turn whose process died is taken over after this long (no reply takes it). */
const TURN_STALE_MS = 5 * 60_000;

const isConversationKey = (key: unknown[]): key is ConversationSortKey =>
  key.length === 2 && isIsoInstant(key[0]) && isUuid(key[1]);
const isSeqKey = (key: unknown[]): key is [number] =>
  key.length === 1 && Number.isSafeInteger(key[0]);

/** Tend's own chat: its conversations, a turn for each message, and what it cost. */
export function conversationHandlers(chat: ChatDeps): ConversationHandlers {
  return {
    async listConversations({ query }, ctx) {
      const limit = query.limit ?? 20;
      const rows = await listConversations(ctx.db, ctx.userId, {
        after: query.cursor ? decodeCursor(query.cursor, isConversationKey) : undefined,
        limit: limit + 1,
      });
      const page = buildPage(
        rows,
        limit,
        (row) => toConversation(row, ctx.timezone),
        conversationSortKey,
      );
      return { status: 200, body: page };
    },

    async createConversation({ body }, ctx) {
      const widgetId =
        ctx.principal.kind === 'oauth'
          ? await widgetOfGrant(ctx.db, ctx.userId, ctx.principal.credentialId)
          : null;
      const row = await insertConversation(ctx.db, {
        userId: ctx.userId,
        widgetId,
        title: body.title?.trim() || null,
        now: ctx.now(),
      });
      return { status: 201, body: toConversation(row, ctx.timezone) };
    },

    async getConversation({ path, query }, ctx) {
      const conversation = await findConversation(ctx.db, ctx.userId, path.conversation_id);
      if (!conversation) throw itemNotFound('conversation');
      const limit = query.limit ?? 20;
      const before = query.cursor ? decodeCursor(query.cursor, isSeqKey)[0] : undefined;
      const rows = await latestMessages(ctx.db, conversation.id, {
        limit: limit + 1,
        ...(before !== undefined && { beforeSeq: before }),
      });
      // Newest first to page back in time; each page reads in the order things were said.
      const page = buildPage(
        rows,
        limit,
        (row) => toMessage(row, ctx.timezone),
        (row) => [row.seq],
      );
      return {
        status: 200,
        body: {
          conversation: toConversation(conversation, ctx.timezone),
          messages: { items: [...page.items].reverse(), next_cursor: page.next_cursor },
        },
      };
    },

    async deleteConversation({ path }, ctx) {
      if (!(await deleteConversation(ctx.db, ctx.userId, path.conversation_id)))
        throw itemNotFound('conversation');
      return { status: 204, body: undefined };
    },

    async sendMessage({ path, body }, ctx) {
      const conversation = await findConversation(ctx.db, ctx.userId, path.conversation_id);
      if (!conversation) throw itemNotFound('conversation');
      const sent = { content: body.content !== undefined, decision: body.decision !== undefined };
      if (sent.content === sent.decision || (body.files && !sent.content))
        throw chatMessageShape(sent);
      const { provider } = chat;
      if (!provider) throw chatNotConfigured();
      const person = { userId: ctx.userId, zone: ctx.timezone, now: ctx.now() };
      await refuseWhenSpent(ctx.db, chat.policy.monthlyBudgetUsd, person);
      if (sent.content)
        await refuseOverMessageRate(ctx.db, ctx.userId, ctx.now(), chat.policy.messagesPerMinute);
      const start = await turnStartOf(body, conversation, ctx);
      if (!(await claimTurn(ctx.db, conversation.id, ctx.now(), TURN_STALE_MS)))
        throw chatTurnInProgress();
      const turn = {
        chat: { ...chat, provider },
        db: ctx.db,
        now: ctx.now,
        log: ctx.log,
        requestId: ctx.requestId,
        ...(ctx.client && { client: ctx.client }),
        principal: ctx.principal,
        conversation,
        start,
      };
      if (wantsEventStream(ctx.accept)) {
        const channel = new EventChannel();
        runTurn({ ...turn, emit: (event) => channel.push(event) })
          .catch((error) => {
            const problem = turnProblem(error);
            if (problem.status >= 500 && problem.status !== 503)
              ctx.log.error({ err: error }, 'chat turn failed');
            channel.push({ event: 'error', data: { ...problemBody(problem, ctx.requestId) } });
          })
          .finally(() => channel.close());
        return {
          status: 200,
          contentType: 'text/event-stream',
          stream: asServerSentEvents(channel),
        };
      }
      try {
        const result = await runTurn({ ...turn, emit: () => {} });
        return {
          status: 200,
          body: {
            messages: result.messages,
            usage: result.usage,
            awaiting_confirmation: result.awaitingConfirmation,
          },
        };
      } catch (error) {
        throw turnProblem(error);
      }
    },

    getUsage: usageHandler(chat.policy),
  };
}
