import { DateTime } from 'luxon';
import { type Html, html } from '../../web/html.ts';
import type { Usage } from './chat-api.ts';

/** Dollars as a person reads them: cents, and "under $0.01" rather than a misleading $0.00. */
export function dollars(usd: number): string {
  if (usd > 0 && usd < 0.005) return 'under $0.01';
  return `$${usd.toFixed(2)}`;
}

const count = (n: number) => n.toLocaleString('en-US');

const dayWords = (day: string) => DateTime.fromISO(day).toFormat('ccc d LLL');

/**
 * What the chat has cost this month (getUsage): the budget bar when there is a budget,
 * then tokens and cost by day and model.
 */
export function usageSection(usage: Usage | undefined): Html {
  if (!usage) return html``;
  const { total, budget } = usage;
  const summary = budget
    ? html`<p class="budget-words">${dollars(budget.spent_usd)} of ${dollars(budget.monthly_usd)} this month.</p>
<meter id="budget-bar" min="0" max="${budget.monthly_usd}" value="${Math.min(budget.spent_usd, budget.monthly_usd)}" aria-label="Chat budget used this month">${dollars(budget.spent_usd)} of ${dollars(budget.monthly_usd)}</meter>`
    : html`<p class="budget-words">${dollars(total.cost_usd)} this month. There is no monthly budget.</p>`;
  const rows = usage.days.map(
    (d) =>
      html`<tr><th scope="row">${dayWords(d.day)}</th><td>${d.model}</td><td>${count(d.input_tokens)}</td><td>${count(d.output_tokens)}</td><td>${dollars(d.cost_usd)}</td></tr>`,
  );
  return html`<section class="chat-usage" aria-labelledby="usage-heading">
<h2 id="usage-heading">What the chat has cost</h2>
${summary}
${
  rows.length === 0
    ? html`<p class="meta">Nothing yet this month.</p>`
    : html`<div class="table-scroll"><table class="usage">
<caption>By day and model, ${dayWords(usage.from)} to ${dayWords(usage.to)}</caption>
<thead><tr><th scope="col">Day</th><th scope="col">Model</th><th scope="col">Tokens in</th><th scope="col">Tokens out</th><th scope="col">Cost</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row">This month</th><td></td><td>${count(total.input_tokens)}</td><td>${count(total.output_tokens)}</td><td>${dollars(total.cost_usd)}</td></tr></tfoot>
</table></div>`
}
</section>`;
}
