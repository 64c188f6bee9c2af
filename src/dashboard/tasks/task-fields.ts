import type { Request } from 'express';
import type { components } from '../../../generated/openapi.ts';
import { field } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { type Subject, subjectOptions } from './subjects.ts';
import { dueWords, type Task } from './task-words.ts';

type TaskCreate = components['schemas']['TaskCreate'];
type TaskUpdate = components['schemas']['TaskUpdate'];

/** What the task form holds: as typed, or as the task stands. */
export interface TaskForm {
  title: string;
  due: string;
  repeat: string;
  subject_id: string;
  priority: string;
  tags: string;
  notes: string;
}

export const EMPTY_FORM: TaskForm = {
  title: '',
  due: '',
  repeat: '',
  subject_id: '',
  priority: 'normal',
  tags: '',
  notes: '',
};

const PRIORITIES = [
  ['low', 'Low'],
  ['normal', 'Normal'],
  ['high', 'High'],
  ['urgent', 'Urgent'],
] as const;

export function formOfTask(task: Task): TaskForm {
  return {
    title: task.title,
    due: dueWords(task),
    repeat: task.repeat ?? '',
    subject_id: task.subject_id ?? '',
    priority: task.priority,
    tags: task.tags.join(', '),
    notes: task.notes ?? '',
  };
}

export function formOfRequest(req: Request): TaskForm {
  return {
    title: field(req, 'title'),
    due: field(req, 'due'),
    repeat: field(req, 'repeat'),
    subject_id: field(req, 'subject_id'),
    priority: field(req, 'priority') || 'normal',
    tags: field(req, 'tags'),
    notes: field(req, 'notes'),
  };
}

/** "errands, Vet" → ["errands", "vet"]: the contract wants each tag once. */
function tagsOf(text: string): string[] {
  const tags = text
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

export function createBody(form: TaskForm): Omit<TaskCreate, 'confirm_duplicate'> {
  return {
    title: form.title.trim(),
    ...(form.due.trim() && { due_text: form.due.trim() }),
    ...(form.repeat.trim() && { repeat: form.repeat.trim() }),
    ...(form.subject_id && { subject_id: form.subject_id }),
    priority: form.priority as TaskCreate['priority'],
    tags: tagsOf(form.tags),
    ...(form.notes.trim() && { notes: form.notes }),
  };
}

/**
 * The change to send: the date and repeat only when their words were changed (the form
 * shows them as understood, which need not read back the same), empty clears them.
 */
export function updateBody(form: TaskForm, before: TaskForm): TaskUpdate {
  const body: TaskUpdate = {
    title: form.title.trim(),
    subject_id: form.subject_id || null,
    priority: form.priority as TaskUpdate['priority'],
    tags: tagsOf(form.tags),
    notes: form.notes.trim() ? form.notes : null,
  };
  if (form.due.trim() !== before.due.trim()) body.due_text = form.due.trim() || null;
  if (form.repeat.trim() !== before.repeat.trim()) body.repeat = form.repeat.trim() || null;
  return body;
}

/** The task's fields, each with its label; used to add a task and to change one. */
export function taskFields(form: TaskForm, subjects: Subject[]): Html {
  return html`<p><label for="task-title">What to do</label>
<input id="task-title" name="title" required maxlength="200" value="${form.title}"></p>
<div class="field-pair">
<p><label for="task-due">When <span class="meta">(in words, e.g. “friday 5pm”)</span></label>
<input id="task-due" name="due" maxlength="100" value="${form.due}"></p>
<p><label for="task-repeat">Repeats <span class="meta">(e.g. “every month”)</span></label>
<input id="task-repeat" name="repeat" maxlength="100" value="${form.repeat}"></p>
</div>
<div class="field-pair">
<p><label for="task-subject">For</label>
<select id="task-subject" name="subject_id">${subjectOptions(subjects, form.subject_id, 'No one in particular')}</select></p>
<p><label for="task-priority">Priority</label>
<select id="task-priority" name="priority">${PRIORITIES.map(
    ([value, label]) =>
      html`<option value="${value}"${value === form.priority ? html` selected` : ''}>${label}</option>`,
  )}</select></p>
</div>
<p><label for="task-tags">Tags <span class="meta">(separated by commas)</span></label>
<input id="task-tags" name="tags" maxlength="400" value="${form.tags}"></p>
<p><label for="task-notes">Notes</label>
<textarea id="task-notes" name="notes" rows="3" maxlength="10000">${form.notes}</textarea></p>`;
}
