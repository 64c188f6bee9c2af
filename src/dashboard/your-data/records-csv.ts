import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { AccountExport } from '../../accounts/export-import/export-format.ts';
import { lookupTable } from '../../core/lookup-table.ts';
import { RECORD_TYPES, type RecordType } from '../../records/normalize-type.ts';

/** Each record type as a heading and a file name a person recognizes. */
export const TYPE_WORDS = lookupTable<{ plural: string; file: string }>({
  weight: { plural: 'Weights', file: 'weights' },
  vaccination: { plural: 'Vaccinations', file: 'vaccinations' },
  medication: { plural: 'Medications', file: 'medications' },
  symptom: { plural: 'Symptoms', file: 'symptoms' },
  visit: { plural: 'Visits', file: 'visits' },
  measurement: { plural: 'Measurements', file: 'measurements' },
  note: { plural: 'Notes', file: 'notes' },
  other: { plural: 'Other records', file: 'other-records' },
});

/** The record type a download's file name (`weights.csv`) stands for. */
export function typeOfFile(file: string): RecordType | undefined {
  return RECORD_TYPES.find((type) => `${TYPE_WORDS[type]?.file}.csv` === file);
}

const HEADINGS = [
  'Date',
  'Time',
  'Name',
  'Type',
  'Title',
  'Value',
  'Unit',
  'What was measured',
  'As written',
  'Next due',
  'Tags',
  'Notes',
];

/**
 * One type of record as a spreadsheet, oldest first: the day and time in the person's
 * zone (no time for a record known by the day only), who it is about by name, the value
 * as stored and as it was written.
 */
export function recordsCsv(doc: AccountExport, type: RecordType, zone: string): string {
  const names = new Map(doc.subjects.map((s) => [s.ref, s.name]));
  const rows = doc.records
    .filter((r) => r.type === type)
    .sort((a, b) => a.occurred_at.localeCompare(b.occurred_at))
    .map((r) => {
      const at = DateTime.fromISO(r.occurred_at, { zone });
      return [
        r.occurred_date_only ? r.occurred_on : at.toISODate(),
        r.occurred_date_only ? '' : at.toFormat('HH:mm'),
        names.get(r.subject) ?? '',
        r.type_text ?? r.type,
        r.title,
        r.value ?? '',
        r.unit ?? '',
        r.metric ?? '',
        r.value_text ?? '',
        r.next_due ?? '',
        r.tags.join(', '),
        r.details ?? '',
      ];
    });
  // The byte-order mark tells spreadsheet programs the file is UTF-8 (°C, Zoë).
  return `\uFEFF${stringify([HEADINGS, ...rows])}`;
}

/** How many records of each type there are, for the page's list of downloads. */
export function countByType(doc: AccountExport): Map<RecordType, number> {
  const counts = new Map<RecordType, number>();
  for (const r of doc.records) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return counts;
}
