import type { EntityKind } from '../activity/entities.ts';
import { type SubjectRow, serializeSubject } from './serialize.ts';

/** How the journal snapshots, shows and restores a subject; archiving is its delete. */
export const subjectKind: EntityKind = {
  table: 'subjects',
  // Subjects go with records (docs/design.md §5).
  readScope: 'records:read',
  writeScope: 'records:write',
  snapshotSql: `select to_jsonb(s) - 'user_id' - 'search_tsv' as row from subjects s
      where s.user_id = ? and s.id = ? for update`,
  writtenSnapshot: { row: `to_jsonb(t) - 'user_id' - 'search_tsv'`, join: '' },
  hiddenBy: 'archived_at',
  instants: ['archived_at', 'created_at', 'updated_at'],
  serialize: (row: SubjectRow, zone, now) => serializeSubject(row, zone, now),
};
