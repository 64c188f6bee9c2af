import type { components } from '../../../generated/openapi.ts';
import type { PageContext } from '../page-context.ts';

type Schemas = components['schemas'];
export type Conversation = Schemas['Conversation'];
export type ChatMessage = Schemas['ChatMessage'];
export type Usage = Schemas['Usage'];

/** The conversation's id from the path, as the operations take it. */
export const conversationIdOf = (ctx: PageContext) => encodeURIComponent(String(ctx.req.params.id));

/** The person's conversations, most recently active first, one page of them. */
export async function conversationsOf(
  ctx: PageContext,
  cursor: string | undefined,
): Promise<Schemas['ConversationPage']> {
  const reply = await ctx.run({
    method: 'GET',
    path: '/v1/conversations',
    query: { limit: '20', ...(cursor && { cursor }) },
  });
  return reply.status === 200
    ? (reply.body as Schemas['ConversationPage'])
    : { items: [], next_cursor: null };
}

/** One conversation with its latest messages, or undefined when it is not the person's (R3). */
export async function conversationOf(
  ctx: PageContext,
  cursor: string | undefined,
): Promise<Schemas['ConversationWithMessages'] | undefined> {
  const reply = await ctx.run({
    method: 'GET',
    path: `/v1/conversations/${conversationIdOf(ctx)}`,
    query: { limit: '50', ...(cursor && { cursor }) },
  });
  return reply.status === 200 ? (reply.body as Schemas['ConversationWithMessages']) : undefined;
}

/** This month's usage, or undefined if it cannot be read just now. */
export async function usageOf(ctx: PageContext): Promise<Usage | undefined> {
  const reply = await ctx.run({ method: 'GET', path: '/v1/usage' });
  return reply.status === 200 ? (reply.body as Usage) : undefined;
}
