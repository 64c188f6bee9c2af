import { dayWords, momentWords } from './when-words.ts';

type Item = Record<string, unknown>;
type Entity = 'task' | 'subject' | 'record';

export interface ChangeLine {
  label: string;
  from: string;
  to: string;
}

interface Group {
  label: string;
  /** The API's fields this line stands for: it is shown when any of them changed. */
  fields: readonly string[];
  show(item: Item, zone: string, now: Date): string;
}

const text = (field: string) => (item: Item) => {
  const value = item[field];
  if (value === null || value === undefined || value === '') return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
};

const due = (item: Item, zone: string, now: Date) => {
  if (typeof item.due_at !== 'string') return 'none';
  if (item.due_date_only && typeof item.due_date === 'string') {
    return dayWords(item.due_date, zone, now);
  }
  return momentWords(item.due_at, zone, now);
};

const occurred = (item: Item, zone: string, now: Date) => {
  if (typeof item.occurred_at !== 'string') return 'none';
  if (item.occurred_date_only && typeof item.occurred_date === 'string') {
    return dayWords(item.occurred_date, zone, now);
  }
  return momentWords(item.occurred_at, zone, now);
};

const GROUPS: Record<Entity, readonly Group[]> = {
  task: [
    { label: 'Title', fields: ['title'], show: text('title') },
    {
      label: 'Status',
      fields: ['status', 'completed_at'],
      show: (t) => (t.status === 'done' ? 'done' : 'to do'),
    },
    { label: 'Due', fields: ['due_at', 'due_date', 'due_date_only', 'due_text'], show: due },
    { label: 'Repeats', fields: ['repeat', 'repeat_rule'], show: text('repeat') },
    { label: 'For', fields: ['subject_id'], show: text('subject_name') },
    { label: 'Priority', fields: ['priority'], show: text('priority') },
    { label: 'Tags', fields: ['tags'], show: text('tags') },
    { label: 'Notes', fields: ['notes'], show: text('notes') },
  ],
  subject: [
    { label: 'Name', fields: ['name'], show: text('name') },
    { label: 'Person or pet', fields: ['kind'], show: text('kind') },
    { label: 'Species', fields: ['species'], show: text('species') },
    { label: 'Breed', fields: ['breed'], show: text('breed') },
    { label: 'Sex', fields: ['sex'], show: text('sex') },
    {
      label: 'Birthday',
      fields: ['birth_date', 'birth_month', 'birth_year', 'birthday_precision'],
      show: (s) =>
        text('birth_date')(s) !== 'none'
          ? String(s.birth_date)
          : [s.birth_month, s.birth_year].filter((v) => v != null).join('/') || 'none',
    },
    { label: 'Archived', fields: ['archived'], show: text('archived') },
    { label: 'Notes', fields: ['notes'], show: text('notes') },
  ],
  record: [
    { label: 'Kind', fields: ['type', 'type_text'], show: text('type_text') },
    { label: 'Title', fields: ['title'], show: text('title') },
    { label: 'For', fields: ['subject_id'], show: text('subject_name') },
    {
      label: 'When',
      fields: ['occurred_at', 'occurred_date', 'occurred_date_only', 'when_text'],
      show: occurred,
    },
    { label: 'Value', fields: ['value', 'unit', 'metric', 'value_text'], show: text('value_text') },
    { label: 'Next due', fields: ['next_due', 'next_due_text'], show: text('next_due_text') },
    { label: 'Tags', fields: ['tags'], show: text('tags') },
    { label: 'Details', fields: ['details'], show: text('details') },
  ],
};

/**
 * The fields a change altered, in words, each once however many of the API's fields
 * stand for it ("Due: Fri 4 Dec 17:00 → Sat 5 Dec 09:00").
 */
export function changeLines(
  entity: Entity,
  before: Item,
  after: Item,
  changed: readonly string[],
  zone: string,
  now: Date,
): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const group of GROUPS[entity]) {
    if (!group.fields.some((f) => changed.includes(f))) continue;
    const from = group.show(before, zone, now);
    const to = group.show(after, zone, now);
    if (from !== to) lines.push({ label: group.label, from, to });
  }
  return lines;
}
