import { lookupTable } from '../core/lookup-table.ts';

export const RECORD_TYPES = [
  'weight',
  'vaccination',
  'medication',
  'symptom',
  'visit',
  'measurement',
  'note',
  'other',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface NormalizedType {
  type: RecordType;
  /** The user's word when it mapped to `other`, so nothing they said is lost. */
  type_text: string | null;
  /** A metric the word implies ("temperature" is a measurement of temperature). */
  metric?: string;
}

const WORDS = lookupTable<RecordType>({
  weight: 'weight',
  weigh: 'weight',
  weighed: 'weight',
  'weigh in': 'weight',
  weighing: 'weight',
  vaccination: 'vaccination',
  vaccine: 'vaccination',
  vaccinated: 'vaccination',
  vax: 'vaccination',
  shot: 'vaccination',
  jab: 'vaccination',
  booster: 'vaccination',
  immunization: 'vaccination',
  immunisation: 'vaccination',
  inoculation: 'vaccination',
  medication: 'medication',
  medicine: 'medication',
  meds: 'medication',
  med: 'medication',
  pill: 'medication',
  tablet: 'medication',
  dose: 'medication',
  drug: 'medication',
  prescription: 'medication',
  antibiotic: 'medication',
  treatment: 'medication',
  dewormer: 'medication',
  deworming: 'medication',
  symptom: 'symptom',
  sick: 'symptom',
  ill: 'symptom',
  illness: 'symptom',
  pain: 'symptom',
  ache: 'symptom',
  headache: 'symptom',
  fever: 'symptom',
  vomiting: 'symptom',
  cough: 'symptom',
  diarrhea: 'symptom',
  diarrhoea: 'symptom',
  rash: 'symptom',
  limp: 'symptom',
  nausea: 'symptom',
  visit: 'visit',
  vet: 'visit',
  appointment: 'visit',
  appt: 'visit',
  checkup: 'visit',
  'check up': 'visit',
  doctor: 'visit',
  dentist: 'visit',
  consultation: 'visit',
  exam: 'visit',
  measurement: 'measurement',
  measure: 'measurement',
  measured: 'measurement',
  reading: 'measurement',
  note: 'note',
  observation: 'note',
  comment: 'note',
  memo: 'note',
  log: 'note',
  other: 'other',
});

// Measurements named by what was measured.
const METRICS = lookupTable<string>({
  temperature: 'temperature',
  temp: 'temperature',
  height: 'height',
  length: 'length',
  'blood pressure': 'blood_pressure',
  bp: 'blood_pressure',
  glucose: 'blood_glucose',
  'blood sugar': 'blood_glucose',
  'blood glucose': 'blood_glucose',
  'heart rate': 'heart_rate',
  pulse: 'heart_rate',
});

/**
 * Reads a record type from the user's word ("shot", "vet visit", "Meds", "temp");
 * a phrase is read by its last known word ("rabies shot"). Unknown words become
 * `other` with the word kept in `type_text`.
 */
export function normalizeRecordType(text: string): NormalizedType {
  const phrase = text
    .toLowerCase()
    .replace(/[-_]+/g, ' ')
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const metric = METRICS[phrase];
  if (metric) return { type: 'measurement', type_text: null, metric };
  const words = phrase.split(' ');
  for (let end = words.length; end > 0; end--) {
    for (const size of [2, 1]) {
      if (end - size < 0) continue;
      const candidate = words.slice(end - size, end).join(' ');
      const type = WORDS[candidate] ?? WORDS[singular(candidate)];
      if (type) return { type, type_text: null };
      const implied = METRICS[candidate];
      if (implied) return { type: 'measurement', type_text: null, metric: implied };
    }
  }
  return { type: 'other', type_text: text.trim() };
}

function singular(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** The metric names Tend itself knows ("temperature", "blood_pressure", …). */
export const KNOWN_METRICS: readonly string[] = [...new Set(Object.values(METRICS))];

/** A metric name as stored: known names in Tend's spelling, others in lower case. */
export function metricFromWord(text: string): string {
  const phrase = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return METRICS[phrase] ?? phrase.replace(/ /g, '_');
}

const LABELS: Record<RecordType, string> = {
  weight: 'Weight',
  vaccination: 'Vaccination',
  medication: 'Medication',
  symptom: 'Symptom',
  visit: 'Visit',
  measurement: 'Measurement',
  note: 'Note',
  other: 'Other',
};

/** The title a record gets when none was given: the user's word or the type's name. */
export function defaultTitle(type: NormalizedType, metric: string | null): string {
  if (type.type_text) return type.type_text;
  if (type.type === 'measurement' && metric) {
    const words = metric.replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return LABELS[type.type];
}
