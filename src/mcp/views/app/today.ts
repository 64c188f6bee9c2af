/// <reference lib="dom" />
import type { components } from '../../../../generated/openapi.ts';
import { careDueRow } from './care-due.ts';
import { h, section } from './dom.ts';
import { formatDate, signed } from './format.ts';
import { startView, type ViewHost } from './host.ts';
import { taskRow } from './task-row.ts';

type Overview = components['schemas']['Overview'];

/** getOverview: what is overdue, what is due soon, which care is due; tasks to tick off. */
function draw(overview: Overview, host: ViewHost) {
  const root = document.getElementById('view') as HTMLElement;
  const notShared = (what: string) =>
    h('p', { class: 'empty' }, `${what} are not shared with this app.`);
  const parts: Node[] = [
    h('h1', null, 'Today'),
    h('p', { class: 'subtitle' }, formatDate(overview.today, host.locale)),
  ];
  const overdue = overview.tasks_overdue;
  const soon = overview.tasks_due_soon;
  if (overdue && soon) {
    parts.push(
      section(
        'Overdue',
        overdue.items.map((t) => taskRow(t, host)),
        'Nothing is overdue.',
        overdue.total,
      ),
      section(
        'Due soon',
        soon.items.map((t) => taskRow(t, host)),
        'Nothing is due in the next days.',
        soon.total,
      ),
    );
    const hidden = overdue.total - overdue.items.length + soon.total - soon.items.length;
    if (hidden > 0)
      parts.push(h('p', { class: 'more' }, `${hidden} more not shown: ask for the task list.`));
  } else {
    parts.push(h('h2', null, 'Tasks'), notShared('Tasks'));
  }
  if (overview.care_due) {
    parts.push(
      section(
        'Care due',
        overview.care_due.map((due) => careDueRow(due, overview.today, host.locale)),
        'No shots or medications are due.',
        overview.care_due.length,
      ),
    );
  } else {
    parts.push(h('h2', null, 'Care due'), notShared('Care records'));
  }
  const weighed = (overview.subjects ?? []).filter((s) => s.latest_weight);
  if (weighed.length > 0) {
    parts.push(
      section(
        'Weights',
        weighed.map((s) => {
          const w = s.latest_weight as NonNullable<typeof s.latest_weight>;
          const change = s.change_30_days;
          return h(
            'li',
            null,
            h('div', { class: 'row-title' }, `${s.name}: ${w.value} ${w.unit}`),
            h(
              'div',
              { class: 'row-meta' },
              `Weighed ${formatDate(w.date, host.locale)}`,
              change ? ` · ${signed(change.change, w.unit)} in 30 days` : '',
            ),
          );
        }),
        '',
      ),
    );
  }
  root.replaceChildren(...parts);
}

startView('today', (data, host) => draw(data as unknown as Overview, host));
