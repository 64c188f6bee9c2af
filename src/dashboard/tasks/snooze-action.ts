import type { RequestHandler } from 'express';
import { field, seeOther } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { notFoundPage } from '../not-found.ts';
import { type DashboardDeps, signedInAction } from '../page-context.ts';
import { taskIdOf } from './status-actions.ts';

const CHOICES = [
  { minutes: 60, label: 'in an hour' },
  { minutes: 180, label: 'in 3 hours' },
  { minutes: 1440, label: 'tomorrow at this time' },
];

/** The task page's "Remind me again": a choice of when and one button, for an open task with a due date. */
export function snoozeForm(taskId: string, csrf: Html): Html {
  return html`<form method="post" action="/tasks/${taskId}/snooze" class="snooze">${csrf}
<label for="snooze-minutes">Remind me again</label>
<select id="snooze-minutes" name="minutes">
${CHOICES.map((c) => html`<option value="${String(c.minutes)}">${c.label}</option>\n`)}</select>
<button type="submit" class="secondary">Snooze</button></form>`;
}

/** POST /tasks/:id/snooze: through snoozeTask, then 303 back to the task, which says so. */
export function snoozeFromPage(deps: DashboardDeps): RequestHandler {
  return signedInAction(deps, async (ctx) => {
    const id = taskIdOf(ctx.req.params);
    const minutes = Number.parseInt(field(ctx.req, 'minutes'), 10);
    const reply = await ctx.run({
      method: 'POST',
      path: `/v1/tasks/${id}/snooze`,
      body: { minutes: Number.isInteger(minutes) ? minutes : 60 },
    });
    if (reply.status !== 200) return notFoundPage(ctx, 'tasks', 'task');
    const { snoozed_until } = reply.body as { snoozed_until: string };
    seeOther(ctx.res, `/tasks/${id}?snoozed=${encodeURIComponent(snoozed_until)}`);
  });
}
