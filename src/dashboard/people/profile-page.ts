import type { components } from '../../../generated/openapi.ts';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { expectStatus } from '../../web/operate.ts';
import { sendPage } from '../../web/page-headers.ts';
import { dayText } from '../day-text.ts';
import { queryValue } from '../form-values.ts';
import type { PageContext } from '../page-context.ts';
import { recordsTable } from '../records/records-table.ts';
import { loadSubject } from './load-subject.ts';
import { birthdayText, type Subject, speciesText } from './subject-words.ts';
import { trendSection } from './trend-section.ts';

type RecordPage = components['schemas']['RecordPage'];

/** Who this is, as Tend understood it. */
function facts(s: Subject): Html {
  return html`<dl class="facts">
<div><dt>Kind</dt><dd>${s.is_self ? 'You' : s.kind === 'pet' ? 'Pet' : 'Person'}</dd></div>
${s.kind === 'pet' && html`<div><dt>Species</dt><dd>${speciesText(s.species) || 'Not known'}</dd></div>`}
${s.breed && html`<div><dt>Breed</dt><dd>${s.breed}</dd></div>`}
<div><dt>Sex</dt><dd>${s.sex === 'unknown' ? 'Not said' : s.sex === 'female' ? 'Female' : 'Male'}</dd></div>
<div><dt>Age</dt><dd>${s.age_text ?? 'Not known'}</dd></div>
<div><dt>Birthday</dt><dd>${birthdayText(s)}</dd></div>
${s.next_birthday && html`<div><dt>Next birthday</dt><dd>${dayText(s.next_birthday)}</dd></div>`}
${s.notes && html`<div class="wide"><dt>Notes</dt><dd>${s.notes}</dd></div>`}
</dl>`;
}

function archiveSection(ctx: PageContext, s: Subject): Html {
  if (s.is_self) return html``;
  if (s.archived) {
    return html`<section class="notice" aria-labelledby="archived-h"><h2 id="archived-h">Archived</h2>
<p>${s.name} is archived: left out of lists and searches. The records are kept and still shown here.</p></section>`;
  }
  return html`<section class="danger" aria-labelledby="archive-h"><h2 id="archive-h">Archive ${s.name}</h2>
<p>For someone who died or was rehomed. ${s.name} leaves your lists; the records are kept.</p>
<form method="post" action="/people/${s.id}/archive">${ctx.csrf}<button type="submit" class="danger">Archive ${s.name}</button></form>
</section>`;
}

/** GET /people/:id: the profile, the chart of a measured value, the latest care records. */
export async function showProfile(ctx: PageContext): Promise<void> {
  const subject = await loadSubject(ctx);
  if (!subject) return;
  const [chart, recent] = await Promise.all([
    trendSection(ctx, subject, {
      metric: queryValue(ctx.req, 'metric') || 'weight',
      bucket: queryValue(ctx.req, 'bucket'),
    }),
    ctx.run({ method: 'GET', path: '/v1/records', query: { subject_id: subject.id, limit: '5' } }),
  ]);
  const records = expectStatus<RecordPage>(recent, 200);
  const added = queryValue(ctx.req, 'added') === '1';
  const body = html`${added && html`<p class="ok" role="status">Record added.</p>`}
${facts(subject)}
<p class="actions"><a class="button" href="/people/${subject.id}/records/new">Add a record</a> <a href="/people/${subject.id}/edit">Edit ${subject.name}</a></p>
${chart}
<section aria-labelledby="recent-h"><h2 id="recent-h">Latest care</h2>
<div id="recent-care" data-live-region>${recordsTable(records.items, `Latest care records of ${subject.name}`)}</div>
<p><a href="/people/${subject.id}/care">The whole care log, with filters</a></p>
</section>
${archiveSection(ctx, subject)}`;
  sendPage(
    ctx.res,
    200,
    dashboardPage({
      title: subject.name,
      section: 'people',
      body,
      scripts: ['trend-chart'],
      stylesheets: ['/assets/js/trend-chart.css'],
    }),
  );
}
