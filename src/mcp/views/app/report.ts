/// <reference lib="dom" />
import type { components } from '../../../../generated/openapi.ts';
import { careDueRow } from './care-due.ts';
import { h, section } from './dom.ts';
import { formatDate, formatDay, signed, words } from './format.ts';
import { startView, type ViewHost } from './host.ts';

type Report = components['schemas']['Report'];
type Event = components['schemas']['ReportEvent'];

/** getReport: a period at a glance, then the details. */
function draw(report: Report, host: ViewHost) {
  const root = document.getElementById('view') as HTMLElement;
  const locale = host.locale;
  const tile = (value: number | string, label: string) =>
    h(
      'div',
      { class: 'tile' },
      h('div', { class: 'value' }, String(value)),
      h('div', { class: 'label' }, label),
    );
  const eventRow = (e: Event) =>
    h(
      'li',
      null,
      h('div', { class: 'row-title' }, e.title),
      h(
        'div',
        { class: 'row-meta' },
        [formatDay(e.date, locale), e.subject_name, words(e.type)].filter(Boolean).join(' · '),
      ),
    );
  const parts: Node[] = [
    h('h1', null, report.subject_name ? `${report.subject_name}: report` : 'Report'),
    h(
      'p',
      { class: 'subtitle' },
      `${formatDate(report.from, locale)} – ${formatDate(report.to, locale)}`,
    ),
  ];
  const tiles: Node[] = [];
  const care = report.care;
  if (report.tasks) {
    tiles.push(tile(report.tasks.completed, 'tasks done'), tile(report.tasks.open, 'tasks open'));
    if (report.tasks.overdue > 0) tiles.push(tile(report.tasks.overdue, 'overdue'));
  }
  if (care) {
    const total = Object.values(care.records_by_type).reduce((a, b) => a + b, 0);
    tiles.push(tile(total, 'care records'), tile(care.new_symptoms.length, 'new symptoms'));
  }
  if (tiles.length > 0) parts.push(h('div', { class: 'tiles' }, tiles));
  if (care) {
    const byType = Object.entries(care.records_by_type).filter(([, n]) => n > 0);
    parts.push(
      h('h2', null, 'Care records by type'),
      byType.length > 0
        ? h(
            'ul',
            { class: 'chips' },
            byType.map(([type, n]) =>
              h('li', null, words(type), h('span', { class: 'badge' }, String(n))),
            ),
          )
        : h('p', { class: 'empty' }, 'No care records in this period.'),
      section(
        'New symptoms',
        care.new_symptoms.map(eventRow),
        'No new symptoms.',
        care.new_symptoms.length,
      ),
      section(
        'Weights',
        care.weights.map((w) =>
          h(
            'li',
            null,
            h(
              'div',
              { class: 'row-title' },
              `${w.subject_name}: ${w.first.value} → ${w.last.value} ${w.last.unit}`,
            ),
            h(
              'div',
              { class: 'row-meta' },
              `${signed(w.change, w.last.unit)} · ${formatDay(w.first.date, locale)} to ${formatDay(w.last.date, locale)}`,
            ),
          ),
        ),
        'No weights recorded in this period.',
      ),
      section(
        'Vaccinations given',
        care.vaccinations_given.map(eventRow),
        'No vaccinations in this period.',
      ),
      section(
        'Care due',
        care.care_due.map((due) => careDueRow(due, report.to, locale)),
        'No shots or medications are due.',
      ),
    );
  } else {
    parts.push(
      h('h2', null, 'Care'),
      h('p', { class: 'empty' }, 'Care records are not shared with this app.'),
    );
  }
  parts.push(
    section(
      'What happened',
      report.events.map(eventRow),
      'Nothing happened in this period.',
      report.events.length,
    ),
  );
  if (report.truncated) parts.push(h('p', { class: 'more' }, 'Only the first events are shown.'));
  root.replaceChildren(...parts);
}

startView('report', (data, host) => draw(data as unknown as Report, host));
