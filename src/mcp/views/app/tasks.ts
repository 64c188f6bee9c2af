/// <reference lib="dom" />
import type { components } from '../../../../generated/openapi.ts';
import { h } from './dom.ts';
import { plural } from './format.ts';
import { startView, type ViewHost } from './host.ts';
import { taskRow } from './task-row.ts';

type TaskPage = components['schemas']['TaskPage'];

/** listTasks: one page of tasks, each with a checkbox. */
function draw(page: TaskPage, host: ViewHost) {
  const root = document.getElementById('view') as HTMLElement;
  const status = typeof host.args.status === 'string' ? host.args.status : 'open';
  const heading = status === 'done' ? 'Done tasks' : status === 'all' ? 'All tasks' : 'Open tasks';
  const open = page.items.filter((t) => t.status === 'open').length;
  root.replaceChildren(
    h('h1', null, heading),
    h(
      'p',
      { class: 'subtitle' },
      page.items.length === 0
        ? 'Nothing here.'
        : `${plural(page.items.length, 'task')}, ${open} open`,
    ),
    page.items.length > 0
      ? h(
          'ul',
          { class: 'rows', style: 'margin-top:16px' },
          page.items.map((t) => taskRow(t, host)),
        )
      : h(
          'p',
          { class: 'empty', style: 'margin-top:16px' },
          'No tasks match. Ask the assistant to add one.',
        ),
    page.next_cursor ? h('p', { class: 'more' }, 'There are more: ask for the next page.') : '',
  );
}

startView('tasks', (data, host) => draw(data as unknown as TaskPage, host));
