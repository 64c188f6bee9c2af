import { type Html, html } from '../../web/html.ts';
import { dueWords, type Task } from './task-words.ts';

/**
 * One task in a list: a one-click Complete (a form of its own, so it works without
 * JavaScript), its title linking to its page, and when it is due, repeats and for whom.
 * `back` is the page the form comes back to.
 */
export function taskItem(task: Task, csrf: Html, back: string): Html {
  const due = dueWords(task);
  const done = task.status === 'done';
  return html`<li class="task${task.overdue ? ' overdue' : ''}${done ? ' done' : ''}">
<form method="post" action="/tasks/${task.id}/${done ? 'reopen' : 'complete'}">${csrf}<input type="hidden" name="back" value="${back}"><button type="submit" class="${done ? 'secondary' : 'check'}">${done ? 'Reopen' : 'Complete'}<span class="visually-hidden"> ${task.title}</span></button></form>
<div class="task-text"><a href="/tasks/${task.id}">${task.title}</a>
<span class="meta">${[
    due &&
      html`<span class="${task.overdue ? 'late' : ''}">${task.overdue ? 'was due' : 'due'} ${due}</span>`,
    task.repeat && html`<span>repeats ${task.repeat}</span>`,
    task.subject_name && html`<span>${task.subject_name}</span>`,
    task.priority === 'high' || task.priority === 'urgent'
      ? html`<span class="late">${task.priority}</span>`
      : '',
    ...task.tags.map((t) => html`<span class="tag">${t}</span>`),
  ]}</span></div>
</li>
`;
}

/** A list of tasks, or a sentence saying there are none. */
export function taskList(tasks: Task[], csrf: Html, back: string, empty: string): Html {
  if (tasks.length === 0) return html`<p class="meta">${empty}</p>`;
  return html`<ul class="tasks">
${tasks.map((t) => taskItem(t, csrf, back))}</ul>`;
}
