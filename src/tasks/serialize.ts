import type { components } from '../../generated/openapi.ts';
import { formatInZone, localDate } from '../dates/zone.ts';

export type Task = components['schemas']['Task'];
export type TaskOccurrence = components['schemas']['TaskOccurrence'];

export interface TaskRow {
  id: string;
  title: string;
  notes: string | null;
  status: 'open' | 'done';
  priority: Task['priority'];
  tags: string[];
  due_at: Date | null;
  due_by: Date | null;
  due_date_only: boolean;
  due_text: string | null;
  repeat_text: string | null;
  repeat_rule: string | null;
  subject_id: string | null;
  /** Filled in from the subjects table (see nameTaskSubjects). */
  subject_name?: string | null;
  completed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** Notes longer than this are cut in lists; getTask returns them whole. */
export const LIST_NOTES_LENGTH = 280;

export function serializeTask(
  row: TaskRow,
  zone: string,
  now: Date,
  options: { inList?: boolean } = {},
): Task {
  let notes = row.notes;
  let truncated = false;
  if (options.inList && notes !== null && notes.length > LIST_NOTES_LENGTH) {
    notes = `${notes.slice(0, LIST_NOTES_LENGTH - 1)}…`;
    truncated = true;
  }
  return {
    id: row.id,
    title: row.title,
    notes,
    ...(truncated && { notes_truncated: true }),
    status: row.status,
    priority: row.priority,
    tags: row.tags,
    due_at: row.due_at && formatInZone(row.due_at, zone),
    due_date: row.due_at && localDate(row.due_at, zone),
    due_date_only: row.due_date_only,
    due_text: row.due_text,
    overdue: row.status === 'open' && row.due_by !== null && row.due_by <= now,
    repeat: row.repeat_text,
    repeat_rule: row.repeat_rule,
    subject_id: row.subject_id,
    subject_name: row.subject_name ?? null,
    completed_at: row.completed_at && formatInZone(row.completed_at, zone),
    created_at: formatInZone(row.created_at, zone),
    updated_at: formatInZone(row.updated_at, zone),
  };
}

/** The fields of a next occurrence that completeTask's answer carries. */
export function occurrence(task: Task): TaskOccurrence {
  const { id, title, status, due_at, due_date, due_date_only, repeat, repeat_rule } = task;
  const { subject_id, subject_name } = task;
  return {
    id,
    title,
    status,
    due_at,
    due_date,
    due_date_only,
    repeat,
    repeat_rule,
    subject_id,
    subject_name,
  };
}
