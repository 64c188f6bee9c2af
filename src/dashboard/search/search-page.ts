import type { components } from '../../../generated/openapi.ts';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { sendPage } from '../../web/page-headers.ts';
import type { PageContext } from '../page-context.ts';
import { problemText } from '../problem-text.ts';
import { dayWords } from '../tasks/task-words.ts';

type SearchResults = components['schemas']['SearchResults'];
type SearchHit = components['schemas']['SearchHit'];

/** Each kind of result, in the order the page shows them, with where its pages are. */
const KINDS = [
  { kind: 'task', heading: 'Tasks', href: (id: string) => `/tasks/${id}` },
  { kind: 'subject', heading: 'People and pets', href: (id: string) => `/people/${id}` },
  { kind: 'record', heading: 'Care records', href: (id: string) => `/records/${id}` },
] as const;

/** `**word**` marks a match in a snippet: shown as <mark>, everything else escaped. */
function snippetHtml(snippet: string): Html {
  const parts = snippet.split('**');
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<mark>${part}</mark>` : part))}`;
}

function hitItem(hit: SearchHit, href: string): Html {
  const about = hit.kind !== 'subject' && hit.subject_name ? ` · ${hit.subject_name}` : '';
  const type = hit.record_type ? `${hit.record_type} · ` : '';
  return html`<li><a href="${href}">${hit.title}</a>
<span class="meta">${type}${dayWords(hit.date)}${about}</span>
${hit.snippet ? html`<span class="snippet">${snippetHtml(hit.snippet)}</span>` : ''}</li>
`;
}

/**
 * GET /search?q=: the search operation (the same engine the assistants use), its results
 * grouped by kind and linked to their pages, with what was searched for when Tend had to
 * loosen the words or read a time phrase. Paged with the operation's cursor.
 */
export async function showSearch(ctx: PageContext): Promise<void> {
  const q = typeof ctx.req.query.q === 'string' ? ctx.req.query.q.trim().slice(0, 200) : '';
  const cursor = typeof ctx.req.query.cursor === 'string' ? ctx.req.query.cursor : '';
  let results: Html | '' = '';
  if (q) {
    const reply = await ctx.run({
      method: 'GET',
      path: '/v1/search',
      query: { q, limit: '30', ...(cursor && { cursor }) },
    });
    results =
      reply.status === 200
        ? resultsHtml(reply.body as SearchResults, q)
        : html`<p role="alert">${problemText(reply)}</p>`;
  }
  const body = html`<form method="get" action="/search" role="search" class="search-form">
<label for="search-q">Search tasks, care records, people and pets</label>
<div class="inline-field">
<input id="search-q" name="q" type="search" maxlength="200" value="${q}" placeholder="rabies shot, Luna vomit last month">
<button type="submit">Search</button>
</div>
</form>
${results}`;
  sendPage(
    ctx.res,
    200,
    dashboardPage({
      title: q ? `Search: ${q}` : 'Search',
      heading: 'Search',
      section: 'search',
      body,
    }),
  );
}

function resultsHtml(found: SearchResults, q: string): Html {
  const notes = [
    found.fuzzy &&
      found.searched_for &&
      html`<p class="meta">Nothing matched every word, so this shows results for “${found.searched_for}”.</p>`,
    found.period &&
      html`<p class="meta">“${found.period.words}” was read as ${dayWords(found.period.from)} to ${dayWords(found.period.to)}.</p>`,
  ];
  if (found.items.length === 0) return html`${notes}<p>Nothing found for “${q}”.</p>`;
  const next = found.next_cursor
    ? `/search?q=${encodeURIComponent(q)}&cursor=${encodeURIComponent(found.next_cursor)}`
    : '';
  return html`<section id="search-results" aria-labelledby="search-results-heading">
<h2 id="search-results-heading" class="visually-hidden">Results</h2>
${notes}
${KINDS.map(({ kind, heading, href }) => {
  const hits = found.items.filter((h) => h.kind === kind);
  if (hits.length === 0) return '';
  return html`<h3>${heading}</h3>
<ul class="hits">
${hits.map((h) => hitItem(h, href(h.id)))}</ul>`;
})}
${next && html`<nav class="pager" aria-label="More results"><a href="${next}">More results</a></nav>`}
</section>`;
}
