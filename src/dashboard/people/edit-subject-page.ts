import type { Reply } from '../../contract/reply.ts';
import { seeOther } from '../../web/forms.ts';
import { html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { expectStatus } from '../../web/operate.ts';
import { sendPage } from '../../web/page-headers.ts';
import { changedFields, type FormValues, formValues } from '../form-values.ts';
import { sendNotFound } from '../not-found-page.ts';
import type { PageContext } from '../page-context.ts';
import { problemText } from '../problem-text.ts';
import { loadSubject } from './load-subject.ts';
import { SUBJECT_FIELDS, subjectForm, subjectValues, updateBody } from './subject-form.ts';
import { birthdayText, type Subject } from './subject-words.ts';

function render(ctx: PageContext, status: number, s: Subject, values: FormValues, problem?: Reply) {
  const understood = html`Tend has: born ${birthdayText(s).toLowerCase()}${s.age_text && html`, ${s.age_text} old`}.`;
  const body = html`${subjectForm({
    action: `/people/${s.id}/edit`,
    values,
    csrf: ctx.csrf,
    submit: 'Save changes',
    problem,
    understood,
  })}
<p><a href="/people/${s.id}">Back to ${s.name}</a></p>`;
  sendPage(ctx.res, status, dashboardPage({ title: `Edit ${s.name}`, section: 'people', body }));
}

/** GET /people/:id/edit: the form filled with what Tend has. */
export async function showEditSubject(ctx: PageContext): Promise<void> {
  const subject = await loadSubject(ctx);
  if (subject) render(ctx, 200, subject, subjectValues(subject));
}

/** POST /people/:id/edit: updateSubject with only the fields that changed. */
export async function updateSubjectFromPage(ctx: PageContext): Promise<void> {
  const subject = await loadSubject(ctx);
  if (!subject) return;
  const values = formValues(ctx.req, SUBJECT_FIELDS);
  const body = updateBody(values, changedFields(values, subjectValues(subject)));
  if (Object.keys(body).length === 0) return seeOther(ctx.res, `/people/${subject.id}`);
  const reply = await ctx.run({ method: 'PATCH', path: `/v1/subjects/${subject.id}`, body });
  if (reply.status === 200) return seeOther(ctx.res, `/people/${subject.id}`);
  if (reply.status >= 500) expectStatus(reply, 200);
  render(ctx, 422, subject, values, reply);
}

/** POST /people/:id/archive: deleteSubject, which archives and keeps the records. */
export async function archiveSubjectFromPage(ctx: PageContext): Promise<void> {
  const id = encodeURIComponent(String(ctx.req.params.id));
  const reply = await ctx.run({ method: 'DELETE', path: `/v1/subjects/${id}` });
  if (reply.status === 404 || reply.status === 400)
    return sendNotFound(ctx, 'people', 'person or pet', '/people');
  if (reply.status === 204) return seeOther(ctx.res, `/people/${id}`);
  if (reply.status >= 500) expectStatus(reply, 204);
  sendPage(
    ctx.res,
    409,
    dashboardPage({
      title: 'Not archived',
      section: 'people',
      body: html`<p role="alert">${problemText(reply)}</p><p><a href="/people/${id}">Back</a></p>`,
    }),
  );
}
