import type { components } from '../../generated/openapi.ts';
import { formatInZone } from '../dates/zone.ts';

export type CareRecord = components['schemas']['CareRecord'];

export interface RecordRow {
  id: string;
  subject_id: string;
  subject_name: string;
  type: CareRecord['type'];
  type_text: string | null;
  title: string;
  details: string | null;
  tags: string[];
  occurred_at: Date;
  occurred_on: string;
  occurred_date_only: boolean;
  when_text: string | null;
  value: number | null;
  unit: string | null;
  metric: string | null;
  value_text: string | null;
  next_due: string | null;
  next_due_text: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Details longer than this are cut in lists; getRecord returns them whole. */
export const LIST_DETAILS_LENGTH = 280;

export function serializeRecord(
  row: RecordRow,
  zone: string,
  options: { inList?: boolean } = {},
): CareRecord {
  let details = row.details;
  let truncated = false;
  if (options.inList && details !== null && details.length > LIST_DETAILS_LENGTH) {
    details = `${details.slice(0, LIST_DETAILS_LENGTH - 1)}…`;
    truncated = true;
  }
  return {
    id: row.id,
    subject_id: row.subject_id,
    subject_name: row.subject_name,
    type: row.type,
    type_text: row.type_text,
    title: row.title,
    details,
    ...(truncated && { details_truncated: true }),
    tags: row.tags,
    occurred_at: formatInZone(row.occurred_at, zone),
    occurred_date: row.occurred_on,
    occurred_date_only: row.occurred_date_only,
    when_text: row.when_text,
    // PGlite hands numeric over as text; node-pg as a number (see db/connect.ts).
    value: row.value === null ? null : Number(row.value),
    unit: row.unit,
    metric: row.metric,
    value_text: row.value_text,
    next_due: row.next_due,
    next_due_text: row.next_due_text,
    created_at: formatInZone(row.created_at, zone),
    updated_at: formatInZone(row.updated_at, zone),
  };
}
