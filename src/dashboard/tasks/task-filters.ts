import type { Request } from 'express';
import { DateTime } from 'luxon';
import { localDate } from '../../dates/zone.ts';
import { type Html, html } from '../../web/html.ts';
import { type Subject, subjectOptions } from './subjects.ts';

/** The Tasks page's filters, as they stand in its URL. */
export interface TaskFilters {
  status: 'open' | 'done' | 'all';
  when: '' | 'overdue' | 'today' | 'week';
  tag: string;
  subject: string;
  q: string;
}

const STATUSES = [
  ['open', 'To do'],
  ['done', 'Done'],
  ['all', 'All'],
] as const;
const WHENS = [
  ['', 'Any time'],
  ['overdue', 'Overdue'],
  ['today', 'Due today'],
  ['week', 'In the next 7 days'],
] as const;

function pick<T extends string>(
  value: unknown,
  allowed: readonly (readonly [T, string])[],
  fallback: T,
): T {
  return allowed.find(([v]) => v === value)?.[0] ?? fallback;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function filtersOf(req: Request): TaskFilters {
  return {
    status: pick(req.query.status, STATUSES, 'open'),
    when: pick(req.query.when, WHENS, ''),
    tag: text(req.query.tag),
    subject: text(req.query.subject),
    q: text(req.query.q),
  };
}

/** The filters as listTasks' query: "due today" and "this week" counted in the person's zone. */
export function listQuery(filters: TaskFilters, now: Date, zone: string): Record<string, string> {
  const today = DateTime.fromISO(localDate(now, zone));
  const day = (n: number) => today.plus({ days: n }).toISODate() as string;
  const query: Record<string, string> = { status: filters.status, limit: '25' };
  if (filters.tag) query.tag = filters.tag;
  if (filters.subject) query.subject = filters.subject;
  if (filters.q) query.q = filters.q;
  if (filters.when === 'overdue') query.overdue = 'true';
  if (filters.when === 'today') Object.assign(query, { due_after: day(0), due_before: day(1) });
  if (filters.when === 'week') Object.assign(query, { due_after: day(0), due_before: day(7) });
  return query;
}

/** The filters as a URL query, to keep them across pages and forms. */
export function filtersQuery(filters: TaskFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value && !(name === 'status' && value === 'open')) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filter form: a GET form, so every filtered list has its own address. */
export function filterForm(filters: TaskFilters, subjects: Subject[]): Html {
  const options = <T extends string>(all: readonly (readonly [T, string])[], chosen: T) =>
    all.map(
      ([value, label]) =>
        html`<option value="${value}"${value === chosen ? html` selected` : ''}>${label}</option>`,
    );
  return html`<form method="get" action="/tasks" class="filters" role="search" aria-label="Filter tasks">
<p><label for="filter-status">Show</label><select id="filter-status" name="status">${options(STATUSES, filters.status)}</select></p>
<p><label for="filter-when">Due</label><select id="filter-when" name="when">${options(WHENS, filters.when)}</select></p>
<p><label for="filter-subject">For</label><select id="filter-subject" name="subject">${subjectOptions(subjects, filters.subject, 'Anyone')}</select></p>
<p><label for="filter-tag">Tag</label><input id="filter-tag" name="tag" maxlength="40" value="${filters.tag}"></p>
<p><label for="filter-q">Words</label><input id="filter-q" name="q" maxlength="200" value="${filters.q}"></p>
<p class="filter-go"><button type="submit">Show tasks</button></p>
</form>`;
}
