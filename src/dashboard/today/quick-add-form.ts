import { type Html, html } from '../../web/html.ts';

export interface QuickAddState {
  /** The line as typed, kept after a problem. */
  line?: string;
  /** The problem's words, shown beside the line. */
  problem?: string;
  /** A task like this was just added: ask before adding another. */
  duplicate?: string;
}

/**
 * The quick-add line: one field in plain words, the date and repeat read from it. After a
 * suspected duplicate it asks once more, with a button that adds it anyway.
 */
export function quickAddForm(csrf: Html, state: QuickAddState): Html {
  return html`<form method="post" action="/quick-add" class="quick-add">
${csrf}
<label for="quick-add-line">Add a task in your own words</label>
<p class="meta" id="quick-add-hint">Say when and how often, and who it is for: “Buy flea meds friday 5pm”, “every month give Max his flea meds”, “call the vet tomorrow”.</p>
${state.problem && html`<p role="alert" id="quick-add-problem">${state.problem}</p>`}
<div class="inline-field">
<input id="quick-add-line" name="line" required maxlength="300" autocomplete="off" value="${state.line ?? ''}" aria-describedby="quick-add-hint${state.problem ? ' quick-add-problem' : ''}">
<button type="submit">Add</button>
</div>
</form>
${
  state.duplicate &&
  html`<section class="notice" aria-labelledby="duplicate-heading">
<h2 id="duplicate-heading">Add it again?</h2>
<p>${state.duplicate} Do you want a second one?</p>
<form method="post" action="/quick-add">${csrf}<input type="hidden" name="line" value="${state.line ?? ''}"><input type="hidden" name="confirm_duplicate" value="true"><button type="submit">Add it anyway</button> <a href="/">No, keep just the one</a></form>
</section>`
}`;
}
