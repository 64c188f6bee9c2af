import { type Html, html } from '../../web/html.ts';
import { momentText } from '../day-text.ts';
import { type CareRecord, typeText, valueText } from './record-words.ts';

function row(r: CareRecord): Html {
  const value = valueText(r);
  return html`<tr>
<td>${momentText(r.occurred_at, r.occurred_date_only)}</td>
<td>${typeText(r.type)}${r.type_text && html` <span class="meta">(${r.type_text})</span>`}</td>
<td><a href="/records/${r.id}">${r.title}</a>${r.metric && r.metric !== 'weight' && html` <span class="meta">${r.metric}</span>`}</td>
<td>${value}</td>
<td class="notes">${r.details ?? ''}${r.details_truncated && '…'}${r.next_due && html`<br><span class="meta">Next due ${r.next_due}</span>`}</td>
</tr>`;
}

/** A care log's records, newest first, each linking to its own page. */
export function recordsTable(records: CareRecord[], caption: string): Html {
  if (records.length === 0) return html`<p class="empty">No records here yet.</p>`;
  return html`<div class="scroll"><table class="data">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">When</th><th scope="col">Type</th><th scope="col">What</th><th scope="col">Value</th><th scope="col">Notes</th></tr></thead>
<tbody>${records.map(row)}</tbody>
</table></div>`;
}
