import { type Html, html } from '../../web/html.ts';
import { momentText } from '../day-text.ts';
import { type CareRecord, typeText, valueText } from './record-words.ts';

function row(r: CareRecord): Html {
  const type = typeText(r.type);
  const kind = r.type_text ? `${type} (${r.type_text})` : type;
  return html`<tr>
<td class="when">${momentText(r.occurred_at, r.occurred_date_only)}</td>
<td><a href="/records/${r.id}">${r.title}</a>${r.title !== type && html`<br><span class="meta">${kind}</span>`}${r.metric && r.metric !== 'weight' && html` <span class="meta">${r.metric}</span>`}</td>
<td>${valueText(r)}</td>
<td class="notes">${r.details ?? ''}${r.details_truncated && '…'}${r.next_due && html`<br><span class="meta">Next due ${r.next_due}</span>`}</td>
</tr>`;
}

/** A care log's records, newest first, each linking to its own page. */
export function recordsTable(records: CareRecord[], caption: string): Html {
  if (records.length === 0) return html`<p class="empty">No records here yet.</p>`;
  return html`<div class="scroll"><table class="data">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Value</th><th scope="col">Notes</th></tr></thead>
<tbody>${records.map(row)}</tbody>
</table></div>`;
}
