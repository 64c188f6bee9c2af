import type { Reply } from '../../contract/reply.ts';
import { seeOther } from '../../web/forms.ts';
import { html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { expectStatus } from '../../web/operate.ts';
import { sendPage } from '../../web/page-headers.ts';
import { type FormValues, formValues } from '../form-values.ts';
import type { PageContext } from '../page-context.ts';
import { createBody, SUBJECT_FIELDS, subjectForm } from './subject-form.ts';
import type { Subject } from './subject-words.ts';

function render(ctx: PageContext, status: number, values: FormValues, problem?: Reply): void {
  const body = html`${subjectForm({ action: '/people', values, csrf: ctx.csrf, submit: 'Add', problem })}
<p><a href="/people">Back to people &amp; pets</a></p>`;
  sendPage(
    ctx.res,
    status,
    dashboardPage({ title: 'Add a person or pet', section: 'people', body }),
  );
}

/** GET /people/new: the empty form. */
export async function showNewSubject(ctx: PageContext): Promise<void> {
  render(ctx, 200, { kind: 'pet', sex: 'unknown' });
}

/** POST /people: createSubject; a refusal shows the form again with what was typed. */
export async function createSubjectFromPage(ctx: PageContext): Promise<void> {
  const values = formValues(ctx.req, [...SUBJECT_FIELDS, 'confirm_duplicate']);
  const reply = await ctx.run({ method: 'POST', path: '/v1/subjects', body: createBody(values) });
  if (reply.status === 201)
    return seeOther(ctx.res, `/people/${expectStatus<Subject>(reply, 201).id}`);
  if (reply.status >= 500) expectStatus(reply, 201);
  render(ctx, reply.status === 409 ? 409 : 422, { ...values, confirm_duplicate: '' }, reply);
}
