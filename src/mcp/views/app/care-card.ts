/// <reference lib="dom" />
import type { components } from '../../../../generated/openapi.ts';
import { h, rows } from './dom.ts';
import { formatDate, signed, words } from './format.ts';
import { startView, ToolProblem, type ViewHost } from './host.ts';
import { plotted, trendChart } from './trend-chart.ts';

type Subject = components['schemas']['Subject'];
type Trend = components['schemas']['Trend'];
type RecordPage = components['schemas']['RecordPage'];
type CareRecord = components['schemas']['CareRecord'];
type Json = Record<string, unknown>;

/**
 * A person's or pet's care card, from any of getSubject, getTrend or listRecords: the view
 * fetches the other two parts through the host (weight by default), so the card is whole
 * whichever tool the assistant called.
 */
async function draw(data: Json, host: ViewHost) {
  const root = document.getElementById('view') as HTMLElement;
  let subject =
    'series' in data
      ? undefined
      : 'kind' in data && 'name' in data
        ? (data as unknown as Subject)
        : undefined;
  let trend = 'series' in data ? (data as unknown as Trend) : undefined;
  let records = 'items' in data ? (data as unknown as RecordPage) : undefined;
  const recordSubjects = new Set(records?.items.map((r) => r.subject_id));
  const subjectId =
    subject?.id ??
    trend?.subject_id ??
    (typeof host.args.subject_id === 'string' ? host.args.subject_id : undefined) ??
    (recordSubjects.size === 1 ? [...recordSubjects][0] : undefined);
  if (!subjectId) {
    // Records about several people or pets: the list alone.
    root.replaceChildren(
      h('h1', null, 'Care records'),
      recordList(records?.items ?? [], host, true),
    );
    return;
  }
  const problems: string[] = [];
  const fetched = async <T>(
    have: T | undefined,
    tool: string,
    args: Json,
  ): Promise<T | undefined> => {
    if (have) return have;
    try {
      return await host.call<T>(tool, args);
    } catch (error) {
      problems.push(error instanceof ToolProblem ? error.message : `Could not load (${tool}).`);
      return undefined;
    }
  };
  [subject, trend, records] = await Promise.all([
    fetched(subject, 'getSubject', { subject_id: subjectId }),
    fetched(trend, 'getTrend', { subject_id: subjectId, metric: 'weight' }),
    fetched(records, 'listRecords', { subject_id: subjectId, limit: 6 }),
  ]);
  const name =
    subject?.name ?? trend?.subject_name ?? records?.items[0]?.subject_name ?? 'Care card';
  const facts = subject
    ? [
        subject.is_self
          ? 'you'
          : subject.kind === 'pet'
            ? [subject.species, subject.breed].filter(Boolean).join(', ') || 'pet'
            : 'person',
        subject.age_text,
        subject.sex && subject.sex !== 'unknown' ? subject.sex : null,
        subject.next_birthday ? `birthday ${formatDate(subject.next_birthday, host.locale)}` : null,
      ].filter((f): f is string => Boolean(f))
    : [];
  const parts = [
    h('h1', null, name, subject?.archived ? h('span', { class: 'badge' }, 'archived') : null),
    facts.length > 0
      ? h(
          'ul',
          { class: 'facts' },
          facts.map((f) => h('li', null, f)),
        )
      : null,
    subject?.notes ? h('p', { class: 'notes' }, subject.notes) : null,
  ].filter((n) => n !== null) as HTMLElement[];
  if (trend) parts.push(trendSection(trend, host));
  if (records) parts.push(h('h2', null, 'Recent records'), recordList(records.items, host, false));
  if (problems.length > 0)
    parts.push(h('p', { class: 'problem' }, [...new Set(problems)].join(' ')));
  root.replaceChildren(...parts);
}

function trendSection(trend: Trend, host: ViewHost): HTMLElement {
  const title = trend.counting
    ? `${words(trend.metric).replace(/^./, (c) => c.toUpperCase())} records over time`
    : words(trend.metric).replace(/^./, (c) => c.toUpperCase());
  const summary =
    !trend.counting && trend.last
      ? h(
          'p',
          { class: 'subtitle' },
          h('strong', null, `${trend.last.value} ${trend.last.unit ?? ''}`.trim()),
          ` on ${formatDate(trend.last.date, host.locale)}`,
          trend.change !== null && trend.first
            ? ` · ${signed(trend.change, trend.unit)} since ${formatDate(trend.first.date, host.locale)}`
            : '',
        )
      : null;
  return h(
    'section',
    null,
    h('h2', null, title),
    summary,
    trendChart(trend, host.locale),
    // With nothing to draw, the empty line already says what the notes would.
    trend.notes.length > 0 && plotted(trend).length > 0
      ? h(
          'ul',
          { class: 'trend-notes' },
          trend.notes.map((n) => h('li', null, n)),
        )
      : null,
  );
}

function recordList(items: CareRecord[], host: ViewHost, showSubject: boolean): HTMLElement {
  return rows(
    items.map((r) =>
      h(
        'li',
        { 'data-record': r.title },
        h(
          'div',
          { class: 'row-title' },
          r.title,
          r.value_text ? h('span', { class: 'badge' }, r.value_text) : null,
        ),
        h(
          'div',
          { class: 'row-meta' },
          [
            formatDate(r.occurred_date, host.locale),
            showSubject ? r.subject_name : null,
            // "Weight · weight" says nothing twice.
            r.title.toLowerCase() === words(r.type) ? null : words(r.type_text ?? r.type),
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
    ),
    'No care records yet.',
  );
}

startView('care-card', draw);
