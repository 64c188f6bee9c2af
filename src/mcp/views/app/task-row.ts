/// <reference lib="dom" />
import type { components } from '../../../../generated/openapi.ts';
import { h } from './dom.ts';
import { formatDue } from './format.ts';
import { ToolProblem, type ViewHost } from './host.ts';

type Task = components['schemas']['Task'];

/**
 * One task with a checkbox. Ticking it calls completeTask through the host, unticking a
 * task done here calls reopenTask; the row shows what Tend answered.
 */
export function taskRow(
  task: Task,
  host: ViewHost,
  options: { showSubject?: boolean } = {},
): HTMLLIElement {
  const id = `task-${task.id}`;
  const box = h('input', {
    type: 'checkbox',
    id,
    'data-task-id': task.id,
    checked: task.status === 'done',
  });
  const note = h('div', { class: 'note', role: 'status' });
  const due = formatDue(task, host.locale);
  const meta = [
    due && (task.overdue ? h('span', { class: 'overdue' }, `Overdue · ${due}`) : `Due ${due}`),
    options.showSubject !== false && task.subject_name,
    task.repeat,
  ].filter(Boolean);
  const row = h(
    'li',
    { class: `task${task.status === 'done' ? ' done' : ''}`, 'data-task': task.title },
    box,
    h(
      'label',
      { for: id },
      h('div', { class: 'row-title' }, task.title),
      meta.length > 0
        ? h('div', { class: 'row-meta' }, ...joined(meta as (string | Node)[]))
        : null,
      note,
    ),
  );
  box.addEventListener('change', async () => {
    const done = box.checked;
    box.disabled = true;
    note.className = 'note';
    note.textContent = done ? 'Saving…' : 'Reopening…';
    try {
      const answer = await host.call<Task>(done ? 'completeTask' : 'reopenTask', {
        task_id: task.id,
      });
      row.classList.toggle('done', answer.status === 'done');
      const next = answer.next_occurrence;
      note.className = 'note ok';
      note.textContent =
        answer.status === 'done'
          ? next?.due_date
            ? `Done. Next one: ${formatDue(next, host.locale)}.`
            : 'Done.'
          : 'Open again.';
    } catch (error) {
      box.checked = !done;
      note.className = 'note problem';
      // A problem Tend answered is shown as it said it; a failed call (the connection, or a
      // host refusing it) plainly, claiming no cause it cannot know.
      note.textContent =
        error instanceof ToolProblem
          ? error.message
          : 'Tend did not save this, so nothing changed. Try again, or ask the assistant.';
    } finally {
      box.disabled = false;
    }
  });
  return row;
}

function joined(parts: (string | Node)[]): (string | Node)[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : [' · ', part]));
}
