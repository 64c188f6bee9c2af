import type { components } from '../../../generated/openapi.ts';
import { seeOther } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { expectStatus } from '../../web/operate.ts';
import { sendPage } from '../../web/page-headers.ts';
import { type PageContext, signedInAction, signedInPage } from '../page-context.ts';
import type { PageFamily } from '../page-family.ts';
import { problemText } from '../problem-text.ts';
import { entryItem } from './entry-item.ts';
import { type ActivityEntry, actorWords, itemWords, whatWords } from './entry-words.ts';

type ActivityPage = components['schemas']['ActivityPage'];
type ApiKeyPage = components['schemas']['ApiKeyPage'];

const PAGE_SIZE = '25';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The Activity page: every change made to the person's data, by whom (they themself,
 * an assistant, an API key), when, what it altered, and Undo. It reads listActivity and
 * undoes through undoActivity, like any client; the list refreshes itself as changes
 * are committed ('live').
 */
export const activityFamily: PageFamily = (routes, deps) => {
  routes.get(
    '/activity',
    signedInPage(deps, async (ctx) => {
      const undone = typeof ctx.req.query.undone === 'string' ? ctx.req.query.undone : '';
      await show(ctx, deps.now(), 200, { undoneId: UUID.test(undone) ? undone : undefined });
    }),
  );
  routes.post(
    '/activity/:entryId/undo',
    signedInAction(deps, async (ctx) => {
      const entryId = String(ctx.req.params.entryId);
      const reply = await ctx.run({
        method: 'POST',
        path: `/v1/activity/${encodeURIComponent(entryId)}/undo`,
      });
      if (reply.status === 200) {
        const undo = reply.body as ActivityEntry;
        return seeOther(ctx.res, `/activity?undone=${encodeURIComponent(undo.id)}`);
      }
      if (reply.status >= 500) expectStatus(reply, 200);
      // Nothing was changed: the list as it is now, with the reason beside it.
      await show(ctx, deps.now(), reply.status === 404 ? 404 : 409, {
        problem: problemText(reply),
      });
    }),
  );
};

interface Shown {
  /** The entry an undo just made, to say what was put back. */
  undoneId?: string | undefined;
  /** Why an undo was refused, in the problem's words. */
  problem?: string;
}

async function show(ctx: PageContext, now: Date, status: number, shown: Shown): Promise<void> {
  const cursor = typeof ctx.req.query.cursor === 'string' ? ctx.req.query.cursor : undefined;
  const [list, keys] = await Promise.all([
    ctx.run({
      method: 'GET',
      path: '/v1/activity',
      query: { limit: PAGE_SIZE, ...(cursor && { cursor }) },
    }),
    ctx.run({ method: 'GET', path: '/v1/account/api-keys', query: { limit: '100' } }),
  ]);
  const apiKeys = expectStatus<ApiKeyPage>(keys, 200).items;
  const page: ActivityPage =
    list.status === 400 && cursor
      ? { items: [], next_cursor: null }
      : expectStatus<ActivityPage>(list, 200);
  const undo = shown.undoneId && page.items.find((e) => e.id === shown.undoneId);
  const undid = undo && page.items.find((e) => e.id === undo.undoes_id);
  const who = (entry: ActivityEntry) => actorWords(entry.actor, apiKeys);
  const body = html`<p class="lead">Every change to your tasks, people, pets and records: yours, your assistants’ and your API keys’. <strong>Undo</strong> puts an item back as it was before that change.</p>
${
  shown.undoneId &&
  html`<p class="ok" role="status">${undid ? `Undone: ${who(undid)} ${whatWords(undid)}. ${capitalized(itemWords(undid))} ${AFTER_UNDO[undid.operation]}.` : 'Undone.'}</p>`
}
${shown.problem && html`<p role="alert">That change could not be undone. ${shown.problem}</p>`}
${list.status === 400 && html`<p role="alert">That page of changes is no longer there. <a href="/activity">See the newest changes</a>.</p>`}
<section id="activity-list" data-live-region aria-labelledby="activity-list-heading">
<h2 id="activity-list-heading">${cursor ? 'Earlier changes' : 'Latest changes'}</h2>
${
  page.items.length === 0
    ? html`<p>Nothing has changed yet. When you or an assistant adds, changes or deletes something, it shows here.</p>`
    : html`<ol class="activity">
${page.items.map((entry) => entryItem(entry, who(entry), ctx, now))}
</ol>`
}
${pager(cursor, page.next_cursor)}
</section>`;
  sendPage(
    ctx.res,
    status,
    dashboardPage({ title: 'Activity', section: 'activity', body, scripts: ['live'] }),
  );
}

function pager(cursor: string | undefined, next: string | null): Html | '' {
  if (!cursor && !next) return '';
  return html`<nav class="pager" aria-label="More changes">
${cursor ? html`<a href="/activity">Newest changes</a>` : ''}
${next ? html`<a href="/activity?cursor=${encodeURIComponent(next)}">Older changes</a>` : ''}
</nav>`;
}

/** Where an item stands once a change of this kind is undone. */
const AFTER_UNDO: Record<ActivityEntry['operation'], string> = {
  create: 'is removed',
  delete: 'is back',
  update: 'is back as it was',
  complete: 'is open again',
  reopen: 'is done again',
  undo: 'is back as it was',
};

const capitalized = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
