import type { EntityKind } from '../activity/entities.ts';
import { serializeTask, type TaskRow } from './serialize.ts';

/** How the journal snapshots, shows and restores a task. */
export const taskKind: EntityKind = {
  table: 'tasks',
  readScope: 'tasks:read',
  writeScope: 'tasks:write',
  snapshotSql: `select (to_jsonb(t) - 'user_id' - 'due_sort' - 'search_tsv') || jsonb_build_object('subject_name', s.name) as row
      from tasks t left join subjects s on s.id = t.subject_id
      where t.user_id = ? and t.id = ? for update of t`,
  writtenSnapshot: {
    row: `(to_jsonb(t) - 'user_id' - 'due_sort' - 'search_tsv') || jsonb_build_object('subject_name', s.name)`,
    join: 'left join subjects s on s.id = t.subject_id',
  },
  hiddenBy: 'deleted_at',
  instants: ['due_at', 'due_by', 'completed_at', 'created_at', 'updated_at', 'deleted_at'],
  serialize: (row: TaskRow, zone, now, inList) => serializeTask(row, zone, now, { inList }),
};
