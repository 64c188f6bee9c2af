import type { EntityKind } from '../activity/entities.ts';
import { type RecordRow, serializeRecord } from './serialize.ts';

/** How the journal snapshots, shows and restores a care record. */
export const recordKind: EntityKind = {
  table: 'records',
  readScope: 'records:read',
  writeScope: 'records:write',
  snapshotSql: `select (to_jsonb(r) - 'user_id' - 'search_tsv' - 'care_key') || jsonb_build_object('subject_name', s.name) as row
      from records r join subjects s on s.id = r.subject_id
      where r.user_id = ? and r.id = ? for update of r`,
  writtenSnapshot: {
    row: `(to_jsonb(t) - 'user_id' - 'search_tsv' - 'care_key') || jsonb_build_object('subject_name', s.name)`,
    join: 'join subjects s on s.id = t.subject_id',
  },
  hiddenBy: 'deleted_at',
  instants: ['occurred_at', 'created_at', 'updated_at', 'deleted_at'],
  serialize: (row: RecordRow, zone, _now, inList) => serializeRecord(row, zone, { inList }),
};
