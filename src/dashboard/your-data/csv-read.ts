import { parse } from 'csv-parse/sync';
import type { components } from '../../../generated/openapi.ts';
import { HttpError } from '../../core/http-error.ts';
import { parsePastWhen } from '../../dates/parse-past-when.ts';
import { formatInZone } from '../../dates/zone.ts';
import { defaultTitle, normalizeRecordType } from '../../records/normalize-type.ts';
import { normalizeValue } from '../../records/normalize-value.ts';
import { nameKey } from '../../subjects/name-key.ts';

type RecordCreate = components['schemas']['RecordCreate'];

/** The columns a spreadsheet of records may have, and the headings each is known by. */
const COLUMNS = {
  date: ['date', 'when', 'day', 'time', 'date and time', 'occurred', 'occurred at'],
  name: ['name', 'who', 'subject', 'person', 'pet', 'person or pet'],
  type: ['type', 'kind', 'record', 'record type', 'what'],
  title: ['title'],
  value: ['value', 'amount', 'reading', 'measurement'],
  unit: ['unit', 'units'],
  notes: ['notes', 'note', 'details', 'comment', 'comments'],
} as const;
type Column = keyof typeof COLUMNS;

/** Without a heading row, the columns are taken in this order. */
const DEFAULT_ORDER: Column[] = ['date', 'name', 'type', 'value', 'unit', 'notes'];

/** More rows than a preview page can show a person to check. */
export const MAX_CSV_ROWS = 1000;

export interface Subject {
  id: string;
  name: string;
  is_self: boolean;
}

/** A row that can be created: what will be sent, and what the person is shown. */
export interface ReadyRow {
  line: number;
  record: RecordCreate & { subject_id: string; type: string; when: string };
  shown: {
    when: string;
    name: string;
    type: string;
    title: string;
    value: string;
    notes: string;
  };
}

export interface RefusedRow {
  line: number;
  cells: string;
  reasons: string[];
}

export interface CsvReading {
  ready: ReadyRow[];
  refused: RefusedRow[];
  /** Why nothing at all could be read, when that is so. */
  problem?: string;
}

/**
 * Reads a spreadsheet of records (date, name, type, value, unit, notes; a heading row is
 * recognized and may order them otherwise) into the records to create, each checked the
 * way createRecord will read it, and the rows that cannot be, each with why. Dates are
 * read in the person's zone, in ISO ("2026-03-12", "2026-03-12 08:30") or words ("12
 * March 2026", "yesterday"), and become exact dates, so what is created is what was shown.
 */
export function readRecordsCsv(
  text: string,
  subjects: readonly Subject[],
  zone: string,
  now: Date,
): CsvReading {
  let table: string[][];
  try {
    table = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      delimiter: detectDelimiter(text),
    });
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    return {
      ready: [],
      refused: [],
      problem: `This file could not be read as CSV${where ? ` (near line ${where})` : ''}. Save the spreadsheet as “CSV” and try again.`,
    };
  }
  const header = table[0] && headerColumns(table[0]);
  const columns = header ?? DEFAULT_ORDER;
  const firstLine = header ? 2 : 1;
  const rows = (header ? table.slice(1) : table).filter((cells) => cells.some((c) => c !== ''));
  if (rows.length === 0) {
    return { ready: [], refused: [], problem: 'This file has no rows to import.' };
  }
  if (rows.length > MAX_CSV_ROWS) {
    return {
      ready: [],
      refused: [],
      problem: `This file has ${rows.length} rows; import at most ${MAX_CSV_ROWS} at a time.`,
    };
  }
  const reading: CsvReading = { ready: [], refused: [] };
  rows.forEach((cells, i) => {
    const line = firstLine + i;
    const cell = (name: Column) => {
      const at = columns.indexOf(name);
      return at < 0 ? '' : (cells[at] ?? '');
    };
    const row = readRow(cell, { line, subjects, zone, now });
    if ('reasons' in row) reading.refused.push({ ...row, cells: cells.join(', ') });
    else reading.ready.push(row);
  });
  return reading;
}

interface RowContext {
  line: number;
  subjects: readonly Subject[];
  zone: string;
  now: Date;
}

function readRow(
  cell: (name: Column) => string,
  { line, subjects, zone, now }: RowContext,
): ReadyRow | { line: number; reasons: string[] } {
  const reasons: string[] = [];
  const when = readDate(cell('date'), zone, now);
  if (typeof when !== 'object') reasons.push(when);

  const name = cell('name');
  const subject = findSubject(name, subjects);
  if (typeof subject === 'string') reasons.push(subject);

  const typeWord = cell('type');
  const typed = typeWord === '' ? undefined : normalizeRecordType(typeWord);
  if (!typed) reasons.push('no type (weight, vaccination, medication, symptom, visit, …)');

  const valueWords = [cell('value'), cell('unit')].filter(Boolean).join(' ');
  let value: ReturnType<typeof normalizeValue>;
  if (typed) {
    const metric = typed.metric ?? null;
    try {
      value =
        valueWords === ''
          ? undefined
          : normalizeValue({ value_text: valueWords }, typed.type, metric);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      reasons.push(`the value “${valueWords}” cannot be read: ${error.detail ?? error.title}`);
    }
    if (typed.type === 'weight' && !value && reasons.length === 0) {
      reasons.push('a weight needs its value, such as “4.2 kg”');
    }
  }
  if (reasons.length > 0 || typeof when !== 'object' || typeof subject !== 'object' || !typed) {
    return { line, reasons };
  }
  const title = cell('title');
  const notes = cell('notes');
  const record: ReadyRow['record'] = {
    subject_id: subject.id,
    type: typeWord,
    when: when.text,
    ...(valueWords !== '' && { value_text: valueWords }),
    ...(title !== '' && { title }),
    ...(notes !== '' && { details: notes }),
    // The person saw this row in the preview and chose to create it.
    confirm_duplicate: true,
    create_reminder: false,
  };
  return {
    line,
    record,
    shown: {
      when: when.shown,
      name: subject.name,
      type: typed.type === 'other' ? typeWord : typed.type,
      // What createRecord will call it when no title is given.
      title: title || defaultTitle(typed, value?.metric ?? typed.metric ?? null),
      value: value ? `${value.value}${value.unit ? ` ${value.unit}` : ''}` : '',
      notes,
    },
  };
}

/** A heading row: every non-empty cell a known heading. Else the file has none. */
function headerColumns(cells: string[]): Column[] | undefined {
  const columns = cells.map((cell) => {
    const word = cell.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
    return (Object.keys(COLUMNS) as Column[]).find((c) =>
      (COLUMNS[c] as readonly string[]).includes(word),
    );
  });
  const known = columns.filter(Boolean).length;
  return known > 0 && known === cells.filter((c) => c !== '').length
    ? (columns as Column[])
    : undefined;
}

/** Spreadsheets in many countries save with semicolons, since the comma is their decimal mark. */
function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC_DAY = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;

/**
 * A date cell as an exact `when` for createRecord (a day, or an RFC 3339 instant in the
 * person's zone) and as the person reads it; or why it cannot be read.
 */
export function readDate(
  text: string,
  zone: string,
  now: Date,
): { text: string; shown: string } | string {
  if (text === '') return 'no date';
  if (NUMERIC_DAY.test(text)) {
    return `the date “${text}” could mean two days (day or month first); write it as 2026-03-12 or 12 March 2026`;
  }
  const parsed = parsePastWhen(text, now, zone);
  if (!parsed || (ISO_DAY.test(text) && parsed.date !== text)) {
    return `the date “${text}” cannot be read`;
  }
  if (parsed.at > now) return `the date “${text}” is in the future`;
  if (parsed.dateOnly) return { text: parsed.date, shown: parsed.date };
  const instant = formatInZone(parsed.at, zone);
  return { text: instant, shown: `${parsed.date} ${instant.slice(11, 16)}` };
}

/** The person or pet a name means: the same name as Tend compares names, or "me". */
function findSubject(name: string, subjects: readonly Subject[]): Subject | string {
  if (name === '') return 'no name of a person or pet';
  const key = nameKey(name);
  if (key === 'me') return subjects.find((s) => s.is_self) ?? 'no person called “me”';
  const matches = subjects.filter((s) => nameKey(s.name) === key);
  if (matches.length === 1) return matches[0] as Subject;
  if (matches.length > 1) return `several people or pets are called “${name}”`;
  return `no person or pet is called “${name}”; add them first on People & pets`;
}
