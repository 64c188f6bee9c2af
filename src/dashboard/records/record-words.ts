import type { components } from '../../../generated/openapi.ts';

export type CareRecord = components['schemas']['CareRecord'];

/** The record types the contract knows, in the words the pages use. */
export const RECORD_TYPES: readonly { value: string; label: string }[] = [
  { value: 'weight', label: 'Weight' },
  { value: 'vaccination', label: 'Vaccination' },
  { value: 'medication', label: 'Medication' },
  { value: 'symptom', label: 'Symptom' },
  { value: 'visit', label: 'Visit (vet or doctor)' },
  { value: 'measurement', label: 'Measurement (temperature, height…)' },
  { value: 'note', label: 'Note' },
  { value: 'other', label: 'Something else' },
];

export function typeText(type: string): string {
  const label = RECORD_TYPES.find((t) => t.value === type)?.label ?? type;
  return label.replace(/ \(.*\)$/, '');
}

/** "4.2 kg" as stored, with the person's own words beside it when they differ. */
export function valueText(r: CareRecord): string {
  if (r.value === null) return '';
  const stored = `${r.value}${r.unit ? ` ${r.unit}` : ''}`;
  return r.value_text && r.value_text !== stored ? `${stored} (${r.value_text})` : stored;
}
