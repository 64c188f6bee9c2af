import { type Html, html } from '../../web/html.ts';
import type { PageContext } from '../page-context.ts';
import { type ActivityEntry, whatWords } from './entry-words.ts';
import { changeLines } from './field-words.ts';
import { momentWords } from './when-words.ts';

type Item = Record<string, unknown>;

/** One change in the list: who did what, when, what it altered, and its Undo button. */
export function entryItem(entry: ActivityEntry, who: string, ctx: PageContext, now: Date): Html {
  const what = whatWords(entry);
  const lines =
    entry.before && entry.after
      ? changeLines(
          entry.entity,
          entry.before as Item,
          entry.after as Item,
          entry.changed_fields,
          ctx.timezone,
          now,
        )
      : [];
  return html`<li class="entry${entry.undone ? ' undone' : ''}">
<p class="what"><strong>${who}</strong> ${what}</p>
<p class="meta"><time datetime="${entry.created_at}">${momentWords(entry.created_at, ctx.timezone, now)}</time>${
    entry.undone && entry.undone_at
      ? html` · <span class="tag">Undone ${momentWords(entry.undone_at, ctx.timezone, now)}</span>`
      : ''
  }</p>
${
  lines.length > 0 &&
  html`<dl class="changes">
${lines.map((l) => html`<div><dt>${l.label}</dt><dd><span class="from">${l.from}</span> <span aria-hidden="true">→</span><span class="visually-hidden"> became </span> <span class="to">${l.to}</span></dd></div>`)}
</dl>`
}
${
  !entry.undone &&
  html`<form method="post" action="/activity/${entry.id}/undo">${ctx.csrf}${undoButton(entry, `${who} ${what}`)}</form>`
}
</li>`;
}

/** Undo; for an undo itself, Redo, which is what undoing it does. */
function undoButton(entry: ActivityEntry, said: string): Html {
  const label = entry.operation === 'undo' ? 'Redo' : 'Undo';
  return html`<button type="submit" class="secondary" aria-label="${label}: ${said}">${label}</button>`;
}
