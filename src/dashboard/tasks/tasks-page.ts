import type { components } from '../../../generated/openapi.ts';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { sendPage } from '../../web/page-headers.ts';
import type { DashboardDeps, PageContext } from '../page-context.ts';
import { problemText } from '../problem-text.ts';
import { subjectsOf } from './subjects.ts';
import { EMPTY_FORM, type TaskForm, taskFields } from './task-fields.ts';
import { filterForm, filtersOf, filtersQuery, listQuery } from './task-filters.ts';
import { taskList } from './task-item.ts';
import { taskNotice } from './task-notice.ts';

type TaskPage = components['schemas']['TaskPage'];

export interface AddState {
  form: TaskForm;
  problem?: string;
  /** A task like this was just added: the words, and a way to add it anyway. */
  duplicate?: string;
}

/**
 * GET /tasks: the list, filtered and paged with listTasks' cursor, and the form to add a
 * task with every field. After a problem the form keeps what was typed (422).
 */
export async function showTasks(
  deps: DashboardDeps,
  ctx: PageContext,
  add: AddState = { form: EMPTY_FORM },
  status = 200,
): Promise<void> {
  const filters = filtersOf(ctx.req);
  const cursor = typeof ctx.req.query.cursor === 'string' ? ctx.req.query.cursor : '';
  const query = listQuery(filters, deps.now(), ctx.timezone);
  if (cursor) query.cursor = cursor;
  const [reply, subjects, notice] = await Promise.all([
    ctx.run({ method: 'GET', path: '/v1/tasks', query }),
    subjectsOf(ctx),
    taskNotice(ctx),
  ]);
  const here = `/tasks${filtersQuery(filters)}`;
  const list =
    reply.status === 200
      ? listSection(reply.body as TaskPage, ctx.csrf, here, cursor ? `${here}` : '')
      : html`<p role="alert">${problemText(reply)}</p>`;
  const body = html`${notice}
${filterForm(filters, subjects)}
<section id="tasks-list" data-live-region aria-labelledby="tasks-list-heading">
<h2 id="tasks-list-heading">${filters.status === 'done' ? 'Done' : filters.status === 'all' ? 'All tasks' : 'To do'}</h2>
${list}
</section>
${addForm(ctx.csrf, add, subjects)}`;
  sendPage(ctx.res, status, dashboardPage({ title: 'Tasks', section: 'tasks', body }));
}

function listSection(page: TaskPage, csrf: Html, here: string, firstPage: string): Html {
  const next = page.next_cursor
    ? `${here}${here.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(page.next_cursor)}`
    : '';
  return html`${taskList(page.items, csrf, here, 'No tasks here.')}
${next || firstPage ? html`<nav class="pager" aria-label="More tasks">${firstPage && html`<a href="${firstPage}">First page</a>`} ${next && html`<a href="${next}">Next page</a>`}</nav>` : ''}`;
}

function addForm(
  csrf: Html,
  add: AddState,
  subjects: Awaited<ReturnType<typeof subjectsOf>>,
): Html {
  return html`<section aria-labelledby="add-task-heading" class="add-task">
<h2 id="add-task-heading">Add a task</h2>
${add.problem && html`<p role="alert">${add.problem}</p>`}
${add.duplicate && html`<div class="notice"><p>${add.duplicate} Do you want a second one?</p></div>`}
<form method="post" action="/tasks">
${csrf}
${taskFields(add.form, subjects)}
${add.duplicate ? html`<input type="hidden" name="confirm_duplicate" value="true">` : ''}
<p><button type="submit">${add.duplicate ? 'Add it anyway' : 'Add task'}</button></p>
</form>
</section>`;
}
