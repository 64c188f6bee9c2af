import type { components } from '../../generated/openapi.ts';
import { formatInZone } from '../dates/zone.ts';
import { fieldChanges, present } from './entities.ts';
import type { ActivityRow } from './queries.ts';

export type ActivityEntry = components['schemas']['ActivityEntry'];
type Shown = ActivityEntry['before'];

/** An entry as the API shows it: the item before and after in its get operation's shape. */
export function serializeEntry(row: ActivityRow, zone: string, now: Date): ActivityEntry {
  return {
    id: row.id,
    created_at: formatInZone(row.created_at, zone),
    actor: row.actor,
    operation: row.operation,
    entity: row.entity,
    entity_id: row.entity_id,
    before: present(row.entity, row.before, zone, now) as Shown,
    after: present(row.entity, row.after, zone, now) as Shown,
    changed_fields:
      row.before && row.after
        ? fieldChanges(row.entity, row.before, row.after, zone, now).map((c) => c.field)
        : [],
    undoes_id: row.undoes_id,
    undone: row.undone_at !== null,
    undone_at: row.undone_at && formatInZone(row.undone_at, zone),
  };
}
