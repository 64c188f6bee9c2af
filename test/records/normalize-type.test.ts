import { describe, expect, it } from 'vitest';
import { defaultTitle, normalizeRecordType } from '../../src/records/normalize-type.ts';

// `want` is what is stored; `title` is what a record without a title echoes.
const cases: {
  given: string;
  want: { type: string; type_text: string | null; metric?: string };
  title: string;
}[] = [
  { given: 'weight', want: { type: 'weight', type_text: null }, title: 'Weight' },
  { given: 'Weigh-in', want: { type: 'weight', type_text: null }, title: 'Weight' },
  { given: 'shot', want: { type: 'vaccination', type_text: null }, title: 'Vaccination' },
  { given: 'rabies shot', want: { type: 'vaccination', type_text: null }, title: 'Vaccination' },
  { given: 'Booster', want: { type: 'vaccination', type_text: null }, title: 'Vaccination' },
  { given: 'vaccine', want: { type: 'vaccination', type_text: null }, title: 'Vaccination' },
  { given: 'meds', want: { type: 'medication', type_text: null }, title: 'Medication' },
  { given: 'pills', want: { type: 'medication', type_text: null }, title: 'Medication' },
  { given: 'flea treatment', want: { type: 'medication', type_text: null }, title: 'Medication' },
  { given: 'symptoms', want: { type: 'symptom', type_text: null }, title: 'Symptom' },
  { given: 'headache', want: { type: 'symptom', type_text: null }, title: 'Symptom' },
  { given: 'vet visit', want: { type: 'visit', type_text: null }, title: 'Visit' },
  { given: 'check-up', want: { type: 'visit', type_text: null }, title: 'Visit' },
  { given: 'Doctor', want: { type: 'visit', type_text: null }, title: 'Visit' },
  {
    given: 'temperature',
    want: { type: 'measurement', type_text: null, metric: 'temperature' },
    title: 'Temperature',
  },
  {
    given: 'blood pressure',
    want: { type: 'measurement', type_text: null, metric: 'blood_pressure' },
    title: 'Blood pressure',
  },
  { given: 'measurement', want: { type: 'measurement', type_text: null }, title: 'Measurement' },
  { given: 'note', want: { type: 'note', type_text: null }, title: 'Note' },
  { given: 'other', want: { type: 'other', type_text: null }, title: 'Other' },
  { given: 'grooming', want: { type: 'other', type_text: 'grooming' }, title: 'grooming' },
  { given: ' Nail trim ', want: { type: 'other', type_text: 'Nail trim' }, title: 'Nail trim' },
];

describe('record type words', () => {
  it.each(cases)('stores "$given" as $want.type and echoes its title', ({ given, want, title }) => {
    const typed = normalizeRecordType(given);
    expect(typed).toEqual(want);
    expect(defaultTitle(typed, typed.metric ?? null)).toBe(title);
  });
});
