import type { Reply } from '../../contract/reply.ts';
import { field, seeOther } from '../../web/forms.ts';
import { notFoundPage } from '../not-found.ts';
import type { PageContext } from '../page-context.ts';
import { problemText } from '../problem-text.ts';
import { conversationIdOf } from './chat-api.ts';
import { NOT_SET_UP, showConversation } from './chat-page.ts';

/** POST /chat: createConversation, then 303 to it; the first message names it. */
export async function newConversation(ctx: PageContext): Promise<void> {
  const reply = await ctx.run({ method: 'POST', path: '/v1/conversations', body: {} });
  if (reply.status !== 201) return seeOther(ctx.res, '/chat');
  seeOther(ctx.res, `/chat/${(reply.body as { id: string }).id}`);
}

/** A turn without the page's script: sendMessage as JSON, then 303 back to read it. */
async function turn(ctx: PageContext, body: unknown, content?: string): Promise<void> {
  const reply: Reply = await ctx.run({
    method: 'POST',
    path: `/v1/conversations/${conversationIdOf(ctx)}/messages`,
    body,
  });
  if (reply.status === 200) return seeOther(ctx.res, `/chat/${conversationIdOf(ctx)}`);
  if (reply.status === 404) return notFoundPage(ctx, 'chat', 'conversation');
  const problem = reply.status === 503 ? NOT_SET_UP : problemText(reply);
  await showConversation(ctx, { problem, status: reply.status, ...(content && { content }) });
}

/** POST /chat/:id/messages: the person's words. */
export function sendFromForm(ctx: PageContext): Promise<void> {
  const content = field(ctx.req, 'content').trim();
  if (!content) return showConversation(ctx, { problem: 'Write a message first.', status: 422 });
  return turn(ctx, { content }, content);
}

/** POST /chat/:id/decision: "Yes, do it" or "No" for the change the chat is waiting on. */
export function decideFromForm(ctx: PageContext): Promise<void> {
  return turn(ctx, {
    decision: {
      tool_call_id: field(ctx.req, 'tool_call_id'),
      approve: field(ctx.req, 'approve') === 'yes',
    },
  });
}

/** POST /chat/:id/delete: deleteConversation, then back to the list. */
export async function deleteFromForm(ctx: PageContext): Promise<void> {
  const reply = await ctx.run({
    method: 'DELETE',
    path: `/v1/conversations/${conversationIdOf(ctx)}`,
  });
  if (reply.status !== 204) return notFoundPage(ctx, 'chat', 'conversation');
  seeOther(ctx.res, '/chat?deleted=1');
}
