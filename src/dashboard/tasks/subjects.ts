import type { components } from '../../../generated/openapi.ts';
import { type Html, html } from '../../web/html.ts';
import type { PageContext } from '../page-context.ts';

export type Subject = components['schemas']['Subject'];
type SubjectPage = components['schemas']['SubjectPage'];

/** The person's people and pets (themself first), for choosing whom a task is about. */
export async function subjectsOf(ctx: PageContext): Promise<Subject[]> {
  const reply = await ctx.run({ method: 'GET', path: '/v1/subjects', query: { limit: '100' } });
  if (reply.status !== 200) return [];
  const items = (reply.body as SubjectPage).items;
  return [...items.filter((s) => s.is_self), ...items.filter((s) => !s.is_self)];
}

/** A choice of person or pet; `none` is the words for choosing no one. */
export function subjectOptions(subjects: Subject[], chosen: string, none: string): Html {
  return html`<option value="">${none}</option>
${subjects.map(
  (s) =>
    html`<option value="${s.id}"${s.id === chosen ? html` selected` : ''}>${s.is_self ? `Me (${s.name})` : s.name}</option>`,
)}`;
}
