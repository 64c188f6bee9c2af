import { DateTime } from 'luxon';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { sendPage } from '../../web/page-headers.ts';
import { notFoundPage } from '../not-found.ts';
import type { PageContext } from '../page-context.ts';
import { type Conversation, conversationOf, conversationsOf, usageOf } from './chat-api.ts';
import { messageList } from './message-list.ts';
import { usageSection } from './usage-section.ts';

/** What the page says instead of a message box when no model is configured. */
export const NOT_SET_UP =
  'The chat isn’t set up on this Tend yet. Whoever runs it can set a model — see the README.';

const query = (ctx: PageContext, name: string) => {
  const value = ctx.req.query[name];
  return typeof value === 'string' && value ? value : undefined;
};

const when = (at: string, zone: string) =>
  DateTime.fromISO(at).setZone(zone).toFormat('d LLL, HH:mm');

const titleOf = (c: Conversation) => c.title ?? 'New conversation';

/** The person's conversations, newest first, with "New conversation" above them. */
async function conversationsNav(ctx: PageContext, current: string | undefined): Promise<Html> {
  const page = await conversationsOf(ctx, query(ctx, 'cursor'));
  const items = page.items.map(
    (c) =>
      html`<li><a href="/chat/${c.id}"${c.id === current ? html` aria-current="page"` : ''}>${titleOf(c)}</a> <span class="meta">${when(c.updated_at, ctx.timezone)}</span></li>`,
  );
  const older = page.next_cursor
    ? html`<p><a href="/chat?cursor=${encodeURIComponent(page.next_cursor)}">Older conversations</a></p>`
    : '';
  return html`<nav class="chat-list" aria-labelledby="conversations-heading">
<h2 id="conversations-heading">Your conversations</h2>
${ctx.chatReady ? html`<form method="post" action="/chat">${ctx.csrf}<button type="submit">New conversation</button></form>` : ''}
${items.length > 0 ? html`<ul>${items}</ul>` : html`<p class="meta">None yet.</p>`}
${older}
</nav>`;
}

function notSetUp(): Html {
  return html`<p class="chat-not-set-up" role="status">${NOT_SET_UP}</p>`;
}

/** GET /chat: the conversations, a way to start one, and what the chat has cost. */
export async function showChat(ctx: PageContext): Promise<void> {
  const [nav, usage] = await Promise.all([conversationsNav(ctx, undefined), usageOf(ctx)]);
  const deleted =
    query(ctx, 'deleted') === '1'
      ? html`<p class="chat-done" role="status">Deleted the conversation.</p>`
      : '';
  const body = html`${deleted}${ctx.chatReady ? '' : notSetUp()}
<div class="chat-layout">
${nav}
<div class="chat-main">
${ctx.chatReady ? html`<p>Tell Tend what happened or ask about your tasks and care records: it can add and change them for you, and asks before anything it cannot undo.</p>` : ''}
${usageSection(usage)}
</div>
</div>`;
  sendPage(ctx.res, 200, dashboardPage({ title: 'Chat', section: 'chat', body }));
}

/**
 * GET /chat/:id: the conversation, the message box (or why there is none), and the
 * script that streams replies. A refused message comes back here with its problem.
 */
export async function showConversation(
  ctx: PageContext,
  sent: { problem?: string; content?: string; status?: number } = {},
): Promise<void> {
  const found = await conversationOf(ctx, query(ctx, 'before'));
  if (!found) return notFoundPage(ctx, 'chat', 'conversation');
  const { conversation, messages } = found;
  const here = `/chat/${conversation.id}`;
  const nav = await conversationsNav(ctx, conversation.id);
  const earlier = messages.next_cursor
    ? html`<p><a href="${here}?before=${encodeURIComponent(messages.next_cursor)}">Earlier messages</a></p>`
    : '';
  const compose = ctx.chatReady
    ? html`<form method="post" action="${here}/messages" class="chat-compose" id="chat-compose" data-stream="${here}/stream" data-conversation="${conversation.id}">
${ctx.csrf}
<label for="chat-content">Your message</label>
<textarea id="chat-content" name="content" rows="3" required>${sent.content ?? ''}</textarea>
<div class="chat-compose-row">
<label class="chat-attach" for="chat-files">Attach a photo or PDF <span class="meta">(sent when JavaScript is on)</span></label>
<input type="file" id="chat-files" accept="image/*,application/pdf" multiple>
<button type="submit">Send</button>
</div>
</form>`
    : notSetUp();
  const body = html`<div class="chat-layout open">
${nav}
<div class="chat-main">
${earlier}
<div class="chat-log-box" role="log" aria-live="polite" aria-label="The conversation">
${messageList(conversation.id, messages.items, ctx.csrf)}
</div>
<p id="chat-status" class="chat-status" role="status">${sent.problem ?? ''}</p>
${compose}
<p class="chat-delete"><a href="${here}/delete">Delete this conversation…</a></p>
</div>
</div>`;
  sendPage(
    ctx.res,
    sent.status ?? 200,
    dashboardPage({
      title: titleOf(conversation),
      section: 'chat',
      body,
      ...(ctx.chatReady && { scripts: ['chat'] }),
    }),
  );
}

/** GET /chat/:id/delete: asks once before the conversation goes for good. */
export async function confirmDeleteConversation(ctx: PageContext): Promise<void> {
  const found = await conversationOf(ctx, undefined);
  if (!found) return notFoundPage(ctx, 'chat', 'conversation');
  const { conversation } = found;
  const body = html`<p>Delete “${titleOf(conversation)}” and all its messages? This cannot be undone. What the chat changed in Tend stays, in Activity.</p>
<form method="post" action="/chat/${conversation.id}/delete">${ctx.csrf}<button type="submit" class="danger">Yes, delete it</button> <a href="/chat/${conversation.id}">No, keep it</a></form>`;
  sendPage(
    ctx.res,
    200,
    dashboardPage({ title: 'Delete this conversation?', section: 'chat', body }),
  );
}
