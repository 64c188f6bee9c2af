import { type Html, html } from '../../web/html.ts';
import { toolLine } from '../../web/scripts/shared/tool-words.ts';
import type { ChatMessage } from './chat-api.ts';

/**
 * "Yes, do it" / "No" for a change the chat is waiting on: plain forms posting the
 * decision, which the page's script sends as a streamed turn instead when it runs.
 */
export function decisionForms(conversationId: string, toolCallId: string, csrf: Html): Html {
  const action = `/chat/${conversationId}/decision`;
  const form = (approve: boolean, label: string, cls: string) =>
    html`<form method="post" action="${action}" data-chat-decision>${csrf}<input type="hidden" name="tool_call_id" value="${toolCallId}"><input type="hidden" name="approve" value="${approve ? 'yes' : 'no'}"><button type="submit"${cls ? html` class="${cls}"` : ''}>${label}</button></form>`;
  return html`<div class="chat-confirm" role="group" aria-label="Confirm a change">${form(true, 'Yes, do it', '')}${form(false, 'No', 'secondary')}</div>`;
}

/**
 * The conversation as the person reads it: their words, Tend's answers, and what the chat
 * did in small print; a change still waiting shows its Yes / No.
 */
export function messageList(
  conversationId: string,
  messages: readonly ChatMessage[],
  csrf: Html,
): Html {
  const items = messages.map((m) => {
    if (m.role === 'tool') {
      const line = toolLine({
        name: m.tool_name ?? '',
        content: m.content,
        isError: m.is_error ?? false,
      });
      return html`<li class="chat-tool">${line}</li>`;
    }
    const who = m.role === 'user' ? 'You' : 'Tend';
    const files = (m.files ?? []).map((f) => html` <span class="meta">📎 ${f.name}</span>`);
    const words = m.content
      ? html`<li class="chat-message ${m.role}"><span class="who">${who}</span><span class="words">${m.content}</span>${files}</li>`
      : '';
    const waiting = (m.tool_calls ?? [])
      .filter((c) => c.status === 'awaiting_confirmation')
      .map((c) => html`<li class="chat-waiting">${decisionForms(conversationId, c.id, csrf)}</li>`);
    return html`${words}${waiting}`;
  });
  return html`<ol class="chat-log" id="chat-log">${items}</ol>`;
}
