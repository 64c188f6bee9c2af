import type { Reply } from '../../contract/reply.ts';
import { seeOther } from '../../web/forms.ts';
import { html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { expectStatus } from '../../web/operate.ts';
import { sendPage } from '../../web/page-headers.ts';
import { type FormValues, formValues } from '../form-values.ts';
import type { PageContext } from '../page-context.ts';
import { loadSubject } from '../people/load-subject.ts';
import type { Subject } from '../people/subject-words.ts';
import { createRecordBody, RECORD_FIELDS, recordForm } from './record-form.ts';

function render(ctx: PageContext, status: number, s: Subject, values: FormValues, problem?: Reply) {
  const body = html`${recordForm({ action: `/people/${s.id}/records`, values, csrf: ctx.csrf, submit: 'Add record', problem, mayConfirm: true })}
<p><a href="/people/${s.id}">Back to ${s.name}</a></p>`;
  sendPage(
    ctx.res,
    status,
    dashboardPage({ title: `Add a record for ${s.name}`, section: 'people', body }),
  );
}

/** GET /people/:id/records/new: the empty form (a weight, unless the link says otherwise). */
export async function showNewRecord(ctx: PageContext): Promise<void> {
  const subject = await loadSubject(ctx);
  if (subject) render(ctx, 200, subject, { type: 'weight' });
}

/** POST /people/:id/records: createRecord; a refusal shows the form again as typed. */
export async function createRecordFromPage(ctx: PageContext): Promise<void> {
  const subject = await loadSubject(ctx);
  if (!subject) return;
  const values = formValues(ctx.req, [...RECORD_FIELDS, 'confirm_duplicate']);
  const reply = await ctx.run({
    method: 'POST',
    path: '/v1/records',
    body: createRecordBody(subject.id, values),
  });
  if (reply.status === 201) return seeOther(ctx.res, `/people/${subject.id}?added=1`);
  if (reply.status >= 500) expectStatus(reply, 201);
  render(
    ctx,
    reply.status === 409 ? 409 : 422,
    subject,
    { ...values, confirm_duplicate: '' },
    reply,
  );
}
