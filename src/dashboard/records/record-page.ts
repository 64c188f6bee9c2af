import type { Reply } from '../../contract/reply.ts';
import { seeOther } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { expectStatus } from '../../web/operate.ts';
import { sendPage } from '../../web/page-headers.ts';
import { attachmentsSection } from '../attachments/section.ts';
import { momentText } from '../day-text.ts';
import { changedFields, type FormValues, formValues } from '../form-values.ts';
import { sendNotFound } from '../not-found-page.ts';
import type { PageContext } from '../page-context.ts';
import { RECORD_FIELDS, recordForm, recordValues, updateRecordBody } from './record-form.ts';
import { type CareRecord, typeText, valueText } from './record-words.ts';

/** The record of `:id` (getRecord), or a 404 page already sent. */
async function loadRecord(ctx: PageContext): Promise<CareRecord | undefined> {
  const id = encodeURIComponent(String(ctx.req.params.id));
  const reply = await ctx.run({ method: 'GET', path: `/v1/records/${id}` });
  if (reply.status === 404 || reply.status === 400) {
    sendNotFound(ctx, 'people', 'record', '/people');
    return undefined;
  }
  return expectStatus<CareRecord>(reply, 200);
}

function summary(r: CareRecord): Html {
  return html`<dl class="facts">
<div><dt>About</dt><dd><a href="/people/${r.subject_id}">${r.subject_name}</a></dd></div>
<div><dt>Type</dt><dd>${typeText(r.type)}${r.type_text && ` (${r.type_text})`}</dd></div>
<div><dt>When</dt><dd>${momentText(r.occurred_at, r.occurred_date_only)}${r.when_text && !/^\d{4}-\d{2}-\d{2}/.test(r.when_text) && html` <span class="meta">from "${r.when_text}"</span>`}</dd></div>
${r.value !== null && html`<div><dt>Value</dt><dd>${valueText(r)}</dd></div>`}
${r.next_due && html`<div><dt>Next due</dt><dd>${r.next_due}${r.next_due_text && ` (${r.next_due_text})`}</dd></div>`}
${r.tags.length > 0 && html`<div><dt>Tags</dt><dd>${r.tags.join(', ')}</dd></div>`}
${r.details && html`<div class="wide"><dt>Notes</dt><dd>${r.details}</dd></div>`}
</dl>`;
}

async function render(
  ctx: PageContext,
  status: number,
  r: CareRecord,
  values: FormValues,
  problem?: Reply,
): Promise<void> {
  const files = await attachmentsSection(ctx, r.id, {
    returnTo: `/records/${r.id}`,
    maxBytes: ctx.attachmentMaxBytes,
  });
  const saved = ctx.req.method === 'GET' && ctx.req.query.saved === '1';
  const body = html`${saved && html`<p class="ok" role="status">Saved.</p>`}
<div id="record" data-live-region>${summary(r)}</div>
${files}
<section aria-labelledby="edit-h"><h2 id="edit-h">Correct this record</h2>
${recordForm({ action: `/records/${r.id}`, values, csrf: ctx.csrf, submit: 'Save changes', problem })}
</section>
<section class="danger" aria-labelledby="delete-h"><h2 id="delete-h">Delete this record</h2>
<p>For a record entered by mistake.</p>
<form method="post" action="/records/${r.id}/delete">${ctx.csrf}<button type="submit" class="danger">Delete record</button></form>
</section>
<p><a href="/people/${r.subject_id}/care">Back to ${r.subject_name}'s care log</a></p>`;
  sendPage(
    ctx.res,
    status,
    dashboardPage({ title: `${r.subject_name}: ${r.title}`, section: 'people', body }),
  );
}

/** GET /records/:id: one record, the form to correct it, and Delete. */
export async function showRecord(ctx: PageContext): Promise<void> {
  const record = await loadRecord(ctx);
  if (record) await render(ctx, 200, record, recordValues(record));
}

/** POST /records/:id: updateRecord with only the fields that changed. */
export async function updateRecordFromPage(ctx: PageContext): Promise<void> {
  const record = await loadRecord(ctx);
  if (!record) return;
  const values = formValues(ctx.req, RECORD_FIELDS);
  const body = updateRecordBody(values, changedFields(values, recordValues(record)));
  if (Object.keys(body).length === 0) return seeOther(ctx.res, `/records/${record.id}`);
  const reply = await ctx.run({ method: 'PATCH', path: `/v1/records/${record.id}`, body });
  if (reply.status === 200) return seeOther(ctx.res, `/records/${record.id}?saved=1`);
  if (reply.status >= 500) expectStatus(reply, 200);
  await render(ctx, reply.status === 409 ? 409 : 422, record, values, reply);
}

/** POST /records/:id/delete: deleteRecord, then back to the care log it was in. */
export async function deleteRecordFromPage(ctx: PageContext): Promise<void> {
  const record = await loadRecord(ctx);
  if (!record) return;
  const reply = await ctx.run({ method: 'DELETE', path: `/v1/records/${record.id}` });
  expectStatus(reply, 204);
  seeOther(ctx.res, `/people/${record.subject_id}/care?deleted=1`);
}
