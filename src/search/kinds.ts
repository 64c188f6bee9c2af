import type { components } from '../../generated/openapi.ts';
import { canRead } from '../auth/can-read.ts';
import type { Principal } from '../auth/principal.ts';
import { insufficientScopeToSearch } from '../core/problems/access.ts';
import { RECORD_TYPES, type RecordType } from '../records/normalize-type.ts';

export type SearchType = components['schemas']['SearchType'];

/** What one search looks through. */
export interface SearchKinds {
  tasks: boolean;
  subjects: boolean;
  /** The record types searched; empty for none. */
  recordTypes: RecordType[];
}

/**
 * The kinds asked for (default: all), narrowed to those the caller may read: tasks with
 * tasks:read, records and subjects with records:read. Asking only for kinds the caller
 * may not read is a 403, so a model does not take "nothing found" for an answer.
 */
export function searchKinds(
  types: readonly SearchType[] | undefined,
  principal: Principal,
): SearchKinds {
  const asked = new Set<string>(types && types.length > 0 ? types : ['task', 'subject', 'record']);
  const records = canRead(principal, 'records');
  const tasks = canRead(principal, 'tasks');
  const wanted = RECORD_TYPES.filter((type) => asked.has('record') || asked.has(type));
  const kinds: SearchKinds = {
    tasks: tasks && asked.has('task'),
    subjects: records && asked.has('subject'),
    recordTypes: records ? wanted : [],
  };
  if (kinds.tasks || kinds.subjects || kinds.recordTypes.length > 0) return kinds;
  const needed = asked.has('task') ? 'tasks:read' : 'records:read';
  throw insufficientScopeToSearch([...asked], needed);
}
