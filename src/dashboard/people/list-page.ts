import type { components } from '../../../generated/openapi.ts';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { expectStatus } from '../../web/operate.ts';
import { sendPage } from '../../web/page-headers.ts';
import { queryValue } from '../form-values.ts';
import type { PageContext } from '../page-context.ts';
import { kindText, type Subject } from './subject-words.ts';

type SubjectPage = components['schemas']['SubjectPage'];

function row(s: Subject): Html {
  return html`<tr${s.archived ? html` class="archived"` : ''}>
<td><a href="/people/${s.id}">${s.name}</a>${s.archived && html` <span class="badge">Archived</span>`}</td>
<td>${kindText(s)}</td>
<td>${s.breed ?? ''}</td>
<td>${s.age_text ?? html`<span class="meta">Not known</span>`}</td>
</tr>`;
}

/** GET /people: everyone Tend keeps records for, by name (listSubjects). */
export async function showPeople(ctx: PageContext): Promise<void> {
  const archived = queryValue(ctx.req, 'archived') === '1';
  const cursor = queryValue(ctx.req, 'cursor');
  const reply = await ctx.run({
    method: 'GET',
    path: '/v1/subjects',
    query: {
      limit: '50',
      ...(archived && { include_archived: 'true' }),
      ...(cursor && { cursor }),
    },
  });
  // A stale or tampered cursor starts the list again rather than failing the page.
  if (reply.status === 400 && cursor) return ctx.res.redirect(303, '/people');
  const page = expectStatus<SubjectPage>(reply, 200);
  const more = page.next_cursor
    ? `/people?${new URLSearchParams({ ...(archived && { archived: '1' }), cursor: page.next_cursor })}`
    : undefined;
  const body = html`<p class="actions"><a class="button" href="/people/new">Add a person or pet</a></p>
<div id="people-list" data-live-region>
<table class="data">
<caption class="visually-hidden">People and pets</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Breed</th><th scope="col">Age</th></tr></thead>
<tbody>${page.items.map(row)}</tbody>
</table>
${more && html`<p><a href="${more}">More</a></p>`}
</div>
<p>${
    archived
      ? html`<a href="/people">Hide archived</a>`
      : html`<a href="/people?archived=1">Show archived people and pets too</a>`
  }</p>`;
  sendPage(ctx.res, 200, dashboardPage({ title: 'People & pets', section: 'people', body }));
}
