import type { RequestHandler } from 'express';
import { DateTime } from 'luxon';
import { field, seeOther } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { sendPage } from '../../web/page-headers.ts';
import { notFoundPage } from '../not-found.ts';
import {
  type DashboardDeps,
  type PageContext,
  signedInAction,
  signedInPage,
} from '../page-context.ts';
import { problemText } from '../problem-text.ts';
import { snoozeForm } from './snooze-action.ts';
import { taskIdOf } from './status-actions.ts';
import { subjectsOf } from './subjects.ts';
import { formOfRequest, formOfTask, type TaskForm, taskFields, updateBody } from './task-fields.ts';
import { taskNotice } from './task-notice.ts';
import { dueWords, type Task } from './task-words.ts';

/** The task as stored, or undefined for an unknown id or another person's (R3). */
async function taskOf(ctx: PageContext): Promise<Task | undefined> {
  const reply = await ctx.run({ method: 'GET', path: `/v1/tasks/${taskIdOf(ctx.req.params)}` });
  return reply.status === 200 ? (reply.body as Task) : undefined;
}

const stamp = (at: string) =>
  DateTime.fromISO(at, { setZone: true }).toFormat('ccc d LLL yyyy, HH:mm');

/**
 * GET /tasks/:id: the task with its repeat, Complete or Reopen, the form to change it
 * (updateTask), and Delete behind a confirm step. After a problem the form keeps what was
 * typed (422).
 */
async function showTask(
  ctx: PageContext,
  task: Task,
  edit: { form: TaskForm; problem?: string } = { form: formOfTask(task) },
  status = 200,
): Promise<void> {
  const [subjects, notice] = await Promise.all([subjectsOf(ctx), taskNotice(ctx)]);
  const here = `/tasks/${task.id}`;
  const done = task.status === 'done';
  const body = html`${notice}
<section id="task-summary" data-live-region aria-label="The task">
<dl class="facts">
<dt>Status</dt><dd>${done ? `Done ${task.completed_at ? stamp(task.completed_at) : ''}` : task.overdue ? html`<span class="late">Overdue</span>` : 'To do'}</dd>
<dt>Due</dt><dd>${dueWords(task) || 'No due date'}${task.due_text ? html` <span class="meta">(from “${task.due_text}”)</span>` : ''}</dd>
<dt>Repeats</dt><dd>${task.repeat ? html`${task.repeat} <span class="meta">— completing it adds the next one</span>` : 'Does not repeat'}</dd>
<dt>For</dt><dd>${task.subject_id ? html`<a href="/people/${task.subject_id}">${task.subject_name}</a>` : 'No one in particular'}</dd>
<dt>Priority</dt><dd>${task.priority.charAt(0).toUpperCase() + task.priority.slice(1)}</dd>
${task.tags.length > 0 ? html`<dt>Tags</dt><dd>${task.tags.join(', ')}</dd>` : ''}
${task.notes ? html`<dt>Notes</dt><dd class="notes">${task.notes}</dd>` : ''}
<dt>Added</dt><dd>${stamp(task.created_at)}</dd>
</dl>
<form method="post" action="${here}/${done ? 'reopen' : 'complete'}">${ctx.csrf}<input type="hidden" name="back" value="${here}"><button type="submit"${done ? html` class="secondary"` : ''}>${done ? 'Reopen' : 'Complete'}</button></form>
${!done && task.due_at && snoozeForm(task.id, ctx.csrf)}
</section>
<section aria-labelledby="edit-heading">
<h2 id="edit-heading">Change it</h2>
${edit.problem && html`<p role="alert">${edit.problem}</p>`}
<form method="post" action="${here}">
${ctx.csrf}
${taskFields(edit.form, subjects)}
<p><button type="submit">Save changes</button></p>
</form>
</section>
<section class="danger" aria-labelledby="delete-heading">
<h2 id="delete-heading">Delete it</h2>
<p>If it is done, complete it instead: done tasks are kept. Deleting removes it from your lists.</p>
<p><a class="button danger" href="${here}/delete">Delete this task…</a></p>
</section>
<p><a href="/tasks">Back to Tasks</a></p>`;
  sendPage(ctx.res, status, dashboardPage({ title: task.title, section: 'tasks', body }));
}

export function taskPage(deps: DashboardDeps): RequestHandler {
  return signedInPage(deps, async (ctx) => {
    const task = await taskOf(ctx);
    if (!task) return notFoundPage(ctx, 'tasks', 'task');
    await showTask(ctx, task);
  });
}

/** POST /tasks/:id: updateTask with what changed; 303 back to the task. */
export function updateTask(deps: DashboardDeps): RequestHandler {
  return signedInAction(deps, async (ctx) => {
    const task = await taskOf(ctx);
    if (!task) return notFoundPage(ctx, 'tasks', 'task');
    const form = formOfRequest(ctx.req);
    const reply = await ctx.run({
      method: 'PATCH',
      path: `/v1/tasks/${task.id}`,
      body: updateBody(form, formOfTask(task)),
    });
    if (reply.status === 200) return seeOther(ctx.res, `/tasks/${task.id}?saved=1`);
    await showTask(ctx, task, { form, problem: problemText(reply) }, 422);
  });
}

/** GET /tasks/:id/delete: asks once, so a slip of the finger deletes nothing. */
export function confirmDelete(deps: DashboardDeps): RequestHandler {
  return signedInPage(deps, async (ctx) => {
    const task = await taskOf(ctx);
    if (!task) return notFoundPage(ctx, 'tasks', 'task');
    const body: Html = html`<p>Delete “${task.title}”${task.due_at ? `, due ${dueWords(task)}` : ''}? It goes from your lists; you can undo it from Activity for 30 days.</p>
<form method="post" action="/tasks/${task.id}/delete">${ctx.csrf}<button type="submit" class="danger">Yes, delete it</button> <a href="/tasks/${task.id}">No, keep it</a></form>`;
    sendPage(ctx.res, 200, dashboardPage({ title: 'Delete this task?', section: 'tasks', body }));
  });
}

/** POST /tasks/:id/delete: deleteTask, then 303 to the list, which says it is gone. */
export function deleteTask(deps: DashboardDeps): RequestHandler {
  return signedInAction(deps, async (ctx) => {
    const reply = await ctx.run({
      method: 'DELETE',
      path: `/v1/tasks/${taskIdOf(ctx.req.params)}`,
    });
    if (reply.status !== 204) return notFoundPage(ctx, 'tasks', 'task');
    seeOther(ctx.res, field(ctx.req, 'back') === '/' ? '/?deleted=1' : '/tasks?deleted=1');
  });
}
