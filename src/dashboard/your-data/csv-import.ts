import type { components } from '../../../generated/openapi.ts';
import { seeOther } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { expectStatus } from '../../web/operate.ts';
import { sendPage } from '../../web/page-headers.ts';
import type { DashboardDeps, PageContext } from '../page-context.ts';
import { type CsvReading, type ReadyRow, readRecordsCsv, type Subject } from './csv-read.ts';
import { sendDataPage } from './data-page.ts';
import { uploadedText } from './upload.ts';

type SubjectPage = components['schemas']['SubjectPage'];
type RecordBatchResults = components['schemas']['RecordBatchResults'];

export const MAX_CSV_BYTES = 2 * 1024 * 1024;
/** The preview's rows are good for an hour: long enough to read them, not to forget them. */
const PREVIEW_MAX_AGE_MS = 60 * 60 * 1000;
const PURPOSE = 'csv-records';
/** createRecords takes at most this many items per call. */
const BATCH = 50;

/** What the seal binds a preview to: this person in this session. */
const boundTo = (ctx: PageContext) => `${ctx.session.userId}|${ctx.session.cookie}`;

/** The spreadsheet uploaded: a preview of exactly what would be created, and what cannot be. */
export function previewCsv(deps: DashboardDeps) {
  return async (ctx: PageContext): Promise<void> => {
    const upload = uploadedText(ctx.req, ctx.res);
    if ('problem' in upload) return sendDataPage(ctx, 422, { csvProblem: upload.problem });
    const reading = readRecordsCsv(
      upload.text,
      await activeSubjects(ctx),
      ctx.timezone,
      deps.now(),
    );
    if (reading.problem) return sendDataPage(ctx, 422, { csvProblem: reading.problem });
    const sealed = deps.formSeal.seal(
      PURPOSE,
      boundTo(ctx),
      reading.ready.map((row) => row.record),
    );
    sendPage(
      ctx.res,
      200,
      dashboardPage({
        title: 'Check the records to add',
        section: 'account',
        body: previewBody(ctx, reading, sealed),
      }),
    );
  };
}

/** "Create these N records": exactly the previewed ones, read back from the sealed form. */
export function createPreviewed(deps: DashboardDeps) {
  return async (ctx: PageContext): Promise<void> => {
    const sealed = typeof ctx.req.body?.rows === 'string' ? ctx.req.body.rows : '';
    const records = deps.formSeal.open(PURPOSE, boundTo(ctx), sealed, PREVIEW_MAX_AGE_MS);
    if (!Array.isArray(records)) {
      return sendDataPage(ctx, 422, {
        csvProblem:
          'That preview has expired or was changed, so nothing was added. Upload the file again.',
      });
    }
    let created = 0;
    let failed = 0;
    for (let i = 0; i < records.length; i += BATCH) {
      const reply = await ctx.run({
        method: 'POST',
        path: '/v1/records/batch',
        body: { items: records.slice(i, i + BATCH) },
      });
      const results = expectStatus<RecordBatchResults>(reply, 200);
      created += results.succeeded;
      failed += results.failed;
    }
    seeOther(ctx.res, `/account/data?${new URLSearchParams({ added: `${created},${failed}` })}`);
  };
}

/** The people and pets a row may name: the ones not archived, every page of them. */
async function activeSubjects(ctx: PageContext): Promise<Subject[]> {
  const subjects: Subject[] = [];
  let cursor: string | null = null;
  do {
    const query: Record<string, string> = { limit: '100', ...(cursor && { cursor }) };
    const page: SubjectPage = expectStatus<SubjectPage>(
      await ctx.run({ method: 'GET', path: '/v1/subjects', query }),
      200,
    );
    subjects.push(...page.items.map((s) => ({ id: s.id, name: s.name, is_self: s.is_self })));
    cursor = page.next_cursor;
  } while (cursor);
  return subjects;
}

function previewBody(ctx: PageContext, reading: CsvReading, sealed: string): Html {
  const n = reading.ready.length;
  const records = n === 1 ? '1 record' : `${n} records`;
  return html`<p>Nothing has been added yet. ${
    n === 0
      ? 'None of the rows can be added; see why below.'
      : `These ${records} will be added${reading.refused.length > 0 ? '; the rows further down cannot be' : ''}.`
  }</p>
${
  n === 0
    ? ''
    : html`<section aria-labelledby="ready-h">
<h2 id="ready-h">To be added (${n})</h2>
<div class="table-scroll" role="region" aria-labelledby="ready-h" tabindex="0">
<table class="preview">
<thead><tr><th scope="col">Row</th><th scope="col">Date</th><th scope="col">Who</th><th scope="col">Type</th><th scope="col">Title</th><th scope="col">Value</th><th scope="col">Notes</th></tr></thead>
<tbody>
${reading.ready.map(readyRow)}</tbody>
</table>
</div>
</section>`
}
${
  reading.refused.length === 0
    ? ''
    : html`<section aria-labelledby="refused-h">
<h2 id="refused-h">Cannot be added (${reading.refused.length})</h2>
<ul class="refused">
${reading.refused.map(
  (row) => html`<li><strong>Row ${row.line}</strong>: ${row.reasons.join('; ')}.
<span class="meta">${row.cells}</span></li>
`,
)}</ul>
<p>Fix these rows in the spreadsheet and upload them again later; they are not added now.</p>
</section>`
}
<div class="actions">
${
  n === 0
    ? ''
    : html`<form method="post" action="/account/data/records/create">
${ctx.csrf}
<input type="hidden" name="rows" value="${sealed}">
<button type="submit">Create these ${records}</button>
</form>`
}
<p><a href="/account/data#csv">Cancel and go back</a></p>
</div>`;
}

function readyRow(row: ReadyRow): Html {
  const s = row.shown;
  // data-label: on a phone each row becomes a card, its cells labelled by the stylesheet.
  return html`<tr><td data-label="Row">${row.line}</td><td data-label="Date">${s.when}</td><td data-label="Who">${s.name}</td><td data-label="Type">${s.type}</td><td data-label="Title">${s.title}</td><td data-label="Value">${s.value}</td><td data-label="Notes">${s.notes}</td></tr>
`;
}
