import { DateTime } from 'luxon';
import type { components } from '../../../generated/openapi.ts';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { expectStatus } from '../../web/operate.ts';
import { sendPage } from '../../web/page-headers.ts';
import type { PageContext } from '../page-context.ts';
import { taskList } from '../tasks/task-item.ts';
import { taskNotice } from '../tasks/task-notice.ts';
import { dayWords, type Task } from '../tasks/task-words.ts';
import { type QuickAddState, quickAddForm } from './quick-add-form.ts';

type Overview = components['schemas']['Overview'];
type CareDue = components['schemas']['CareDue'];
type CareRecord = components['schemas']['CareRecord'];
type TaskPage = components['schemas']['TaskPage'];

const WEEK_DAYS = 7;

/** One group of Today: its tasks and the care (shots, medications) due in it. */
interface Group {
  id: string;
  heading: string;
  empty: string;
  tasks: TaskPage;
  care: CareDue[];
  /** The Tasks page showing all of this group. */
  more: string;
}

/**
 * Today: what is overdue, due today and due this week (tasks and care due dates), the
 * quick-add line, and the latest records. Every task has a one-click Complete. The
 * groups change as the person's data does, so each is a live region.
 */
export async function showToday(ctx: PageContext, state: QuickAddState = {}, status = 200) {
  const overview = expectStatus<Overview>(
    await ctx.run({ method: 'GET', path: '/v1/overview' }),
    200,
  );
  const today = overview.today;
  const day = DateTime.fromISO(today);
  const tomorrow = day.plus({ days: 1 }).toISODate() as string;
  const weekEnd = day.plus({ days: WEEK_DAYS }).toISODate() as string;
  const tasks = (query: Record<string, string>) =>
    ctx
      .run({ method: 'GET', path: '/v1/tasks', query: { limit: '20', ...query } })
      .then((reply) => expectStatus<TaskPage>(reply, 200));
  const [overdue, dueToday, thisWeek, notice] = await Promise.all([
    tasks({ overdue: 'true' }),
    tasks({ overdue: 'false', due_after: today, due_before: tomorrow }),
    tasks({ due_after: tomorrow, due_before: weekEnd }),
    taskNotice(ctx),
  ]);
  const care = overview.care_due ?? [];
  const groups: Group[] = [
    {
      id: 'today-overdue',
      heading: 'Overdue',
      empty: 'Nothing overdue.',
      tasks: overdue,
      care: care.filter((c) => c.days_until < 0),
      more: '/tasks?when=overdue',
    },
    {
      id: 'today-due-today',
      heading: 'Due today',
      empty: 'Nothing is due today.',
      tasks: dueToday,
      care: care.filter((c) => c.days_until === 0),
      more: '/tasks?when=today',
    },
    {
      id: 'today-this-week',
      heading: 'This week',
      empty: 'Nothing is due in the next seven days.',
      tasks: thisWeek,
      care: care.filter((c) => c.days_until > 0 && c.days_until <= WEEK_DAYS),
      more: '/tasks?when=week',
    },
  ];
  const body = html`${notice}
${quickAddForm(ctx.csrf, state)}
${groups.map((g) => groupSection(g, ctx.csrf))}
${recentRecords(overview.latest_records ?? [])}
<p><a href="/tasks">All tasks</a> · <a href="/tasks?status=done">Done tasks</a></p>`;
  sendPage(
    ctx.res,
    status,
    dashboardPage({ title: 'Today', heading: `Today, ${dayWords(today)}`, section: 'today', body }),
  );
}

function groupSection(group: Group, csrf: Html): Html {
  const nothing = group.tasks.items.length === 0 && group.care.length === 0;
  return html`<section id="${group.id}" data-live-region aria-labelledby="${group.id}-heading">
<h2 id="${group.id}-heading">${group.heading}</h2>
${nothing ? html`<p class="meta">${group.empty}</p>` : ''}
${group.tasks.items.length > 0 ? taskList(group.tasks.items as Task[], csrf, '/', '') : ''}
${group.tasks.next_cursor ? html`<p><a href="${group.more}">See all of them in Tasks</a></p>` : ''}
${group.care.length > 0 ? careList(group.care) : ''}
</section>
`;
}

function careList(care: CareDue[]): Html {
  return html`<ul class="care-due">
${care.map(
  (c) => html`<li><a href="/records/${c.record_id}">${c.title}</a> for ${c.subject_name}
<span class="meta">${c.type} due ${dayWords(c.next_due)}${c.overdue ? ` (${-c.days_until} days late)` : ''}, last given ${dayWords(c.last_given)}</span></li>
`,
)}</ul>`;
}

function recentRecords(records: CareRecord[]): Html {
  return html`<section id="today-records" data-live-region aria-labelledby="today-records-heading">
<h2 id="today-records-heading">Latest records</h2>
${
  records.length === 0
    ? html`<p class="meta">No care records yet. Weights, shots, medications and vet visits show up here.</p>`
    : html`<ul class="records">
${records.map(
  (
    r,
  ) => html`<li><a href="/records/${r.id}">${r.title}</a>${r.subject_name ? ` for ${r.subject_name}` : ''}
<span class="meta">${r.value_text ? `${r.value_text} · ` : ''}${dayWords(r.occurred_date)}</span></li>
`,
)}</ul>`
}
</section>`;
}
