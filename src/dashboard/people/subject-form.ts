import type { Reply } from '../../contract/reply.ts';
import { type Html, html } from '../../web/html.ts';
import { formProblemText } from '../form-problem.ts';
import type { FormValues } from '../form-values.ts';
import { SEXES, SPECIES, type Subject } from './subject-words.ts';

/** The fields of the person-or-pet form, as createSubject and updateSubject take them. */
export const SUBJECT_FIELDS = [
  'name',
  'kind',
  'species',
  'breed',
  'sex',
  'birth_date',
  'age_text',
  'notes',
] as const;

/** The form's words for each field, to name them in a problem. */
const LABELS: Record<string, string> = {
  name: 'Name',
  kind: 'Person or pet',
  species: 'Species',
  breed: 'Breed',
  sex: 'Sex',
  birth_date: 'Birthday',
  birth_month: 'Birthday',
  birth_year: 'Birthday',
  age_text: 'Age',
  age_months: 'Age',
  notes: 'Notes',
};

/** The form filled with what Tend has, for editing. */
export function subjectValues(s: Subject): FormValues {
  return {
    name: s.name,
    kind: s.kind,
    species: s.species ?? '',
    breed: s.breed ?? '',
    sex: s.sex,
    birth_date: s.birthday_precision === 'day' ? (s.birth_date ?? '') : '',
    age_text: '',
    notes: s.notes ?? '',
  };
}

const set = (v: string | undefined) => (v ?? '').trim() !== '';

/** createSubject's body from the form: empty fields are left out. */
export function createBody(v: FormValues): Record<string, unknown> {
  const pet = v.kind === 'pet';
  return {
    name: v.name ?? '',
    kind: pet ? 'pet' : 'person',
    ...(pet && set(v.species) && { species: v.species }),
    ...(set(v.breed) && { breed: v.breed }),
    ...(set(v.sex) && { sex: v.sex }),
    ...(set(v.birth_date) && { birth_date: v.birth_date }),
    ...(set(v.age_text) && { age_text: v.age_text }),
    ...(set(v.notes) && { notes: v.notes }),
    ...(v.confirm_duplicate === 'true' && { confirm_duplicate: true }),
  };
}

/** updateSubject's body: only what changed; an emptied field is cleared (null). */
export function updateBody(v: FormValues, changed: string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const orNull = (name: string) => (set(v[name]) ? v[name] : null);
  for (const name of changed) {
    if (name === 'name') body.name = v.name;
    if (name === 'kind') body.kind = v.kind === 'pet' ? 'pet' : 'person';
    if (name === 'species' && v.kind === 'pet') body.species = orNull('species');
    if (name === 'breed') body.breed = orNull('breed');
    if (name === 'sex') body.sex = v.sex;
    if (name === 'notes') body.notes = orNull('notes');
  }
  // One birthday field at most: the age in words wins over an untouched date.
  if (set(v.age_text)) body.age_text = v.age_text;
  else if (changed.includes('birth_date')) body.birth_date = orNull('birth_date');
  return body;
}

export interface SubjectFormView {
  action: string;
  values: FormValues;
  csrf: Html;
  submit: string;
  /** The refused answer, shown above the form in its own words. */
  problem?: Reply;
  /** What Tend understood of the age, shown beside the birthday fields when editing. */
  understood?: Html;
}

function options(list: readonly { value: string; label: string }[], chosen: string | undefined) {
  return list.map(
    (o) =>
      html`<option value="${o.value}"${o.value === chosen ? html` selected` : ''}>${o.label}</option>`,
  );
}

/** A 409 duplicate: who exists already, and a way to add this one anyway. */
function duplicateNotice(problem: Reply): Html {
  const existing = ((problem.body as { existing?: Subject[] }).existing ?? []).filter((s) => s.id);
  return html`<div role="alert">
<p>${formProblemText(problem, LABELS)}</p>
${existing.length > 0 && html`<p>Already in Tend: ${existing.map((s, i) => html`${i > 0 && ', '}<a href="/people/${s.id}">${s.name}</a>`)}.</p>`}
<p>If this is someone else with the same name, choose <strong>Add anyway</strong>.</p>
</div>`;
}

export function subjectForm(f: SubjectFormView): Html {
  const v = f.values;
  const duplicate = f.problem?.status === 409;
  return html`${
    f.problem &&
    (duplicate
      ? duplicateNotice(f.problem)
      : html`<p role="alert">${formProblemText(f.problem, LABELS)}</p>`)
  }
<form method="post" action="${f.action}" class="stacked">
${f.csrf}
${duplicate && html`<input type="hidden" name="confirm_duplicate" value="true">`}
<p><label for="s-name">Name</label>
<input id="s-name" name="name" required maxlength="100" value="${v.name ?? ''}" autocomplete="off"></p>
<fieldset><legend>A person or a pet?</legend>
<label class="choice"><input type="radio" name="kind" value="person"${v.kind !== 'pet' ? html` checked` : ''}> A person</label>
<label class="choice"><input type="radio" name="kind" value="pet"${v.kind === 'pet' ? html` checked` : ''}> A pet</label>
</fieldset>
<div class="row">
<p><label for="s-species">Species <span class="hint">(pets only)</span></label>
<select id="s-species" name="species"><option value="">Choose…</option>${options(SPECIES, v.species)}</select></p>
<p><label for="s-breed">Breed <span class="hint">(optional)</span></label>
<input id="s-breed" name="breed" maxlength="100" value="${v.breed ?? ''}"></p>
</div>
<p><label for="s-sex">Sex</label>
<select id="s-sex" name="sex">${options(SEXES, v.sex || 'unknown')}</select></p>
<fieldset><legend>Birthday or age</legend>
${f.understood && html`<p class="meta">${f.understood}</p>`}
<div class="row">
<p><label for="s-birth">Birthday</label>
<input id="s-birth" type="date" name="birth_date" value="${v.birth_date ?? ''}"></p>
<p><label for="s-age">Or their age <span class="hint">(e.g. "about 2 years", "6 months")</span></label>
<input id="s-age" name="age_text" maxlength="60" value="${v.age_text ?? ''}"></p>
</div>
<p class="hint">Give one of the two. With only an age, Tend works out an approximate birthday.</p>
</fieldset>
<p><label for="s-notes">Notes <span class="hint">(optional)</span></label>
<textarea id="s-notes" name="notes" rows="3" maxlength="10000">${v.notes ?? ''}</textarea></p>
<p><button type="submit">${duplicate ? 'Add anyway' : f.submit}</button></p>
</form>`;
}
