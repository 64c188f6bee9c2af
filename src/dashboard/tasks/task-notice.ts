import { type Html, html } from '../../web/html.ts';
import { momentText } from '../day-text.ts';
import type { PageContext } from '../page-context.ts';
import { type Task, understoodWords } from './task-words.ts';

/** A time as snoozeTask answers it, in the person's offset. */
const SNOOZED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What the page says after a form came back to it (`?added=`, `?done=`, `?reopened=`,
 * `?deleted=`, `?saved=`): read from the task as stored, so it says what Tend understood. A
 * completed task gets an Undo beside the words.
 */
export async function taskNotice(ctx: PageContext): Promise<Html | ''> {
  const query = ctx.req.query;
  if (query.deleted === '1') return html`<p class="ok" role="status">The task was deleted.</p>`;
  if (query.saved === '1') return html`<p class="ok" role="status">Saved.</p>`;
  const snoozed = query.snoozed;
  if (typeof snoozed === 'string' && SNOOZED.test(snoozed)) {
    return html`<p class="ok" role="status">Snoozed: the reminder comes again ${momentText(snoozed, false)}, by the ways you chose on <a href="/account/reminders">Reminders</a>.</p>`;
  }
  for (const kind of ['added', 'done', 'reopened'] as const) {
    const id = query[kind];
    if (typeof id !== 'string' || !UUID.test(id)) continue;
    const reply = await ctx.run({ method: 'GET', path: `/v1/tasks/${id}` });
    if (reply.status !== 200) return '';
    const task = reply.body as Task;
    if (kind === 'added')
      return html`<p class="ok" role="status">Added ${understoodWords(task)}.</p>`;
    if (kind === 'reopened')
      return html`<p class="ok" role="status">“${task.title}” is open again.</p>`;
    return html`<div class="ok notice-line" role="status"><p>Done: “${task.title}”.${task.repeat ? ' The next one is on your list.' : ''}</p>
<form method="post" action="/tasks/${task.id}/reopen">${ctx.csrf}<input type="hidden" name="back" value="${ctx.req.originalUrl}"><button type="submit" class="secondary">Undo</button></form></div>`;
  }
  return '';
}
