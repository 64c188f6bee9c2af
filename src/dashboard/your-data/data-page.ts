import { RECORD_TYPES } from '../../records/normalize-type.ts';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { sendPage } from '../../web/page-headers.ts';
import type { PageContext } from '../page-context.ts';
import { MAX_CSV_ROWS } from './csv-read.ts';
import { fetchExport } from './export-file.ts';
import { countByType, TYPE_WORDS } from './records-csv.ts';

/** What the page says above a form after the person used it. */
export interface DataPageNotes {
  /** A success, shown at the top. */
  done?: string;
  /** Why the JSON import was refused, shown by its form. */
  importProblem?: string;
  /** Why the spreadsheet could not be read, shown by its form. */
  csvProblem?: string;
}

/** The Your data page: everything out, a file of another Tend in, records from a spreadsheet. */
export async function sendDataPage(
  ctx: PageContext,
  status: number,
  notes: DataPageNotes = {},
): Promise<void> {
  const doc = await fetchExport(ctx);
  const counts = countByType(doc);
  const others = doc.subjects.length - 1;
  const problem = (text: string | undefined, id: string) =>
    text ? html`<p class="problem" role="alert" id="${id}">${text}</p>` : '';
  const body = html`${notes.done ? html`<p class="ok" role="status">${notes.done}</p>` : ''}
<p>Your data is yours: take a copy whenever you like, move it to another Tend, or add many
records at once from a spreadsheet.</p>

<section id="download" aria-labelledby="download-h">
<h2 id="download-h">Download everything</h2>
<p>One file with your ${plural(others, 'other person or pet', 'other people and pets')},
${plural(doc.tasks.length, 'task', 'tasks')} and ${plural(doc.records.length, 'record', 'records')},
with their notes, tags, repeats and dates. Deleted things are not in it. Another Tend can
import it.</p>
<p><a class="button" href="/account/data/export.json" download>Download all my data (JSON)</a></p>
</section>

<section id="spreadsheets" aria-labelledby="spreadsheets-h">
<h2 id="spreadsheets-h">Records as spreadsheets</h2>
${
  counts.size === 0
    ? html`<p>You have no records yet.</p>`
    : html`<p>One file per kind of record (CSV), with dates in your time zone (${ctx.timezone}),
who it is about, the value and notes. Spreadsheet programs open them.</p>
<ul class="downloads">
${RECORD_TYPES.filter((type) => counts.has(type)).map((type) => {
  const words = TYPE_WORDS[type];
  return html`<li><a href="/account/data/records/${words?.file ?? type}.csv" download>${words?.plural ?? type}</a>
<span class="meta">${plural(counts.get(type) ?? 0, 'record', 'records')}</span></li>
`;
})}</ul>`
}
</section>

<section id="import" aria-labelledby="import-h">
<h2 id="import-h">Import a file from another Tend</h2>
<p>Bring in everything from a file downloaded above. This works only in an account that
has nothing in it yet: no tasks, no records and no people or pets besides you.</p>
<form method="post" action="/account/data/import" enctype="multipart/form-data">
${ctx.csrf}
<label for="import-file">Tend file (JSON, up to 20 MB)</label>
<input id="import-file" name="file" type="file" accept=".json,application/json" required${notes.importProblem ? html` aria-describedby="import-problem" aria-invalid="true"` : ''}>
${problem(notes.importProblem, 'import-problem')}
<button type="submit">Import this file</button>
</form>
</section>

<section id="csv" aria-labelledby="csv-h">
<h2 id="csv-h">Add records from a spreadsheet</h2>
<p>Save a spreadsheet as CSV with the columns <strong>date, name, type, value, unit, notes</strong>
(a heading row is fine, in any order). For example:</p>
<pre>date,name,type,value,unit,notes
2026-03-12,Luna,weight,4.2,kg,At the vet
12 March 2026,me,vaccination,,,Tetanus booster</pre>
<p>The name is a person or pet you already have (“me” is you). You see every row before
anything is added, up to ${MAX_CSV_ROWS} rows at a time.</p>
<form method="post" action="/account/data/records/preview" enctype="multipart/form-data">
${ctx.csrf}
<label for="csv-file">Spreadsheet (CSV, up to 2 MB)</label>
<input id="csv-file" name="file" type="file" accept=".csv,text/csv" required${notes.csvProblem ? html` aria-describedby="csv-problem" aria-invalid="true"` : ''}>
${problem(notes.csvProblem, 'csv-problem')}
<button type="submit">Show what will be added</button>
</form>
</section>

<section id="delete" aria-labelledby="delete-h">
<h2 id="delete-h">Delete your account</h2>
<p>To delete your account and everything in it, go to <a href="/account#delete-account">your account</a>.
Download your data first if you want to keep a copy.</p>
</section>`;
  sendPage(ctx.res, status, dashboardPage({ title: 'Your data', section: 'account', body }));
}

function plural(n: number, one: string, many: string): Html {
  return html`${n} ${n === 1 ? one : many}`;
}
