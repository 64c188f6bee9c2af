import type { components } from '../../../generated/openapi.ts';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { expectStatus } from '../../web/operate.ts';
import { sendPage } from '../../web/page-headers.ts';
import { formProblemText } from '../form-problem.ts';
import { type FormValues, queryValue } from '../form-values.ts';
import type { PageContext } from '../page-context.ts';
import { loadSubject } from '../people/load-subject.ts';
import type { Subject } from '../people/subject-words.ts';
import { RECORD_TYPES } from './record-words.ts';
import { recordsTable } from './records-table.ts';

type RecordPage = components['schemas']['RecordPage'];

const FILTERS = ['type', 'from', 'to'] as const;

function filterForm(s: Subject, f: FormValues): Html {
  return html`<form method="get" action="/people/${s.id}/care" class="inline filters" role="search" aria-label="Filter the care log">
<p><label for="f-type">Type</label>
<select id="f-type" name="type"><option value="">All types</option>${RECORD_TYPES.map((t) => html`<option value="${t.value}"${t.value === f.type ? html` selected` : ''}>${t.label}</option>`)}</select></p>
<p><label for="f-from">From</label><input id="f-from" type="date" name="from" value="${f.from ?? ''}"></p>
<p><label for="f-to">To</label><input id="f-to" type="date" name="to" value="${f.to ?? ''}"></p>
<p><button type="submit" class="secondary">Filter</button></p>
</form>
${(f.type || f.from || f.to) && html`<p><a href="/people/${s.id}/care">Show everything</a></p>`}`;
}

/** GET /people/:id/care: the care log (listRecords), by type and dates, a page at a time. */
export async function showCareLog(ctx: PageContext): Promise<void> {
  const subject = await loadSubject(ctx);
  if (!subject) return;
  const filters: FormValues = Object.fromEntries(FILTERS.map((n) => [n, queryValue(ctx.req, n)]));
  const cursor = queryValue(ctx.req, 'cursor');
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
  const query = { ...chosen, subject_id: subject.id, limit: '20', ...(cursor && { cursor }) };
  const here = (more: Record<string, string>) =>
    `/people/${subject.id}/care?${new URLSearchParams({ ...chosen, ...more })}`;
  const reply = await ctx.run({ method: 'GET', path: '/v1/records', query });
  let log: Html;
  let status = 200;
  if (reply.status === 200) {
    const page = expectStatus<RecordPage>(reply, 200);
    log = html`${recordsTable(page.items, `Care log of ${subject.name}`)}
<p class="pager">${cursor && html`<a href="${here({})}">Newest first</a> `}${
      page.next_cursor && html`<a href="${here({ cursor: page.next_cursor })}">Older records</a>`
    }</p>`;
  } else if (reply.status === 400) {
    status = 422;
    log = html`<p role="alert">${formProblemText(reply, { type: 'Type', from: 'From', to: 'To' })}</p>`;
  } else {
    log = expectStatus(reply, 200);
  }
  const deleted = queryValue(ctx.req, 'deleted') === '1';
  const body = html`${deleted && html`<p class="ok" role="status">Record deleted.</p>`}
<p class="actions"><a class="button" href="/people/${subject.id}/records/new">Add a record</a> <a href="/people/${subject.id}">Back to ${subject.name}</a></p>
${filterForm(subject, filters)}
<div id="care-log" data-live-region>${log}</div>`;
  sendPage(
    ctx.res,
    status,
    dashboardPage({ title: `${subject.name}'s care log`, section: 'people', body }),
  );
}
