/// <reference lib="dom" />
import type { components } from '../../../../generated/openapi.ts';
import { h } from './dom.ts';
import { formatDate, relativeDays } from './format.ts';

type CareDue = components['schemas']['CareDue'];

/** A shot or medication coming up (or late), read as a sentence. */
export function careDueRow(due: CareDue, today: string, locale?: string): HTMLLIElement {
  const when = `${formatDate(due.next_due, locale)} (${relativeDays(due.next_due, today)})`;
  return h(
    'li',
    { 'data-care': due.title },
    h('div', { class: 'row-title' }, `${due.subject_name}: ${due.title}`),
    h(
      'div',
      { class: 'row-meta' },
      due.overdue ? h('span', { class: 'overdue' }, `Overdue since ${when}`) : `Due ${when}`,
      ` · ${due.type}, last given ${formatDate(due.last_given, locale)}`,
    ),
  );
}
