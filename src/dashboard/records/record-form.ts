import type { Reply } from '../../contract/reply.ts';
import { type Html, html } from '../../web/html.ts';
import { formProblemText } from '../form-problem.ts';
import type { FormValues } from '../form-values.ts';
import { type CareRecord, RECORD_TYPES } from './record-words.ts';

/** The fields of the care-record form, as createRecord and updateRecord take them. */
export const RECORD_FIELDS = [
  'type',
  'title',
  'when',
  'value_text',
  'metric',
  'next_due_text',
  'details',
] as const;

/** The form's words for each field, to name them in a problem. */
const LABELS: Record<string, string> = {
  type: 'Type',
  title: 'Title',
  when: 'When',
  value_text: 'Value',
  value: 'Value',
  unit: 'Value',
  metric: 'What was measured',
  next_due_text: 'Next one due',
  next_due: 'Next one due',
  details: 'Notes',
};

const set = (v: string | undefined) => (v ?? '').trim() !== '';

/** The form filled with the record as stored, for correcting it. */
export function recordValues(r: CareRecord): FormValues {
  return {
    type: r.type,
    title: r.title,
    when: r.occurred_date_only ? r.occurred_date : r.occurred_at.slice(0, 16).replace('T', ' '),
    value_text: r.value === null ? '' : `${r.value}${r.unit ? ` ${r.unit}` : ''}`,
    metric: r.metric && r.metric !== 'weight' ? r.metric : '',
    next_due_text: r.next_due ?? '',
    details: r.details ?? '',
  };
}

/** createRecord's body: empty fields are left out ("when" left empty means now). */
export function createRecordBody(subjectId: string, v: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = { subject_id: subjectId, type: v.type || 'note' };
  for (const name of ['title', 'when', 'value_text', 'metric', 'next_due_text', 'details']) {
    if (set(v[name])) body[name] = v[name]?.trim();
  }
  if (v.confirm_duplicate === 'true') body.confirm_duplicate = true;
  return body;
}

/** updateRecord's body: only what changed; an emptied value, metric, due date or note is cleared. */
export function updateRecordBody(v: FormValues, changed: string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of changed) {
    const value = v[name]?.trim() ?? '';
    if (name === 'type' || name === 'title' || name === 'when') {
      // These cannot be emptied; left empty they stay as they were.
      if (value) body[name] = value;
    } else if (name === 'next_due_text' && !value) {
      body.next_due = null;
    } else {
      body[name] = value || null;
    }
  }
  return body;
}

export interface RecordFormView {
  action: string;
  values: FormValues;
  csrf: Html;
  submit: string;
  problem?: Reply;
  /** Whether a suspected duplicate may be saved anyway (createRecord can; a correction cannot). */
  mayConfirm?: boolean;
}

/** A 409 duplicate: the record that looks the same, and a way to save this one anyway. */
function duplicateNotice(problem: Reply): Html {
  const existing = (problem.body as { existing?: CareRecord[] }).existing ?? [];
  return html`<div role="alert">
<p>${formProblemText(problem, LABELS)}</p>
${existing.length > 0 && html`<p>Already in Tend: ${existing.map((r, i) => html`${i > 0 && ', '}<a href="/records/${r.id}">${r.title}${r.occurred_date && html` on ${r.occurred_date}`}</a>`)}.</p>`}
<p>If this is another one, choose <strong>Save it anyway</strong>. If it is the same, there is nothing to do.</p>
</div>`;
}

export function recordForm(f: RecordFormView): Html {
  const v = f.values;
  const duplicate =
    f.problem?.status === 409 &&
    (f.problem.body as { code?: string }).code === 'duplicate_suspected';
  return html`${
    f.problem &&
    (duplicate
      ? duplicateNotice(f.problem)
      : html`<p role="alert">${formProblemText(f.problem, LABELS)}</p>`)
  }
<form method="post" action="${f.action}" class="stacked">
${f.csrf}
${duplicate && html`<input type="hidden" name="confirm_duplicate" value="true">`}
<div class="row">
<p><label for="r-type">Type</label>
<select id="r-type" name="type">${RECORD_TYPES.map((t) => html`<option value="${t.value}"${t.value === v.type ? html` selected` : ''}>${t.label}</option>`)}</select></p>
<p><label for="r-when">When <span class="hint">(e.g. "yesterday", "3 days ago", 2026-11-20; empty: now)</span></label>
<input id="r-when" name="when" maxlength="100" value="${v.when ?? ''}" autocomplete="off"></p>
</div>
<div class="row">
<p><label for="r-value">Value with its unit <span class="hint">(e.g. "4.2 kg", "9 lbs 4 oz", "38.5 °C")</span></label>
<input id="r-value" name="value_text" maxlength="60" value="${v.value_text ?? ''}" autocomplete="off"></p>
<p><label for="r-metric">What was measured <span class="hint">(for a measurement, e.g. "temperature")</span></label>
<input id="r-metric" name="metric" maxlength="60" value="${v.metric ?? ''}"></p>
</div>
<p><label for="r-title">Title <span class="hint">(optional, e.g. "Rabies booster")</span></label>
<input id="r-title" name="title" maxlength="200" value="${v.title ?? ''}"></p>
<p><label for="r-due">Next one due <span class="hint">(vaccinations and medications, e.g. "in 1 year")</span></label>
<input id="r-due" name="next_due_text" maxlength="100" value="${v.next_due_text ?? ''}"></p>
<p><label for="r-details">Notes <span class="hint">(optional)</span></label>
<textarea id="r-details" name="details" rows="3" maxlength="10000">${v.details ?? ''}</textarea></p>
<p><button type="submit">${duplicate ? 'Save it anyway' : f.submit}</button></p>
</form>`;
}
