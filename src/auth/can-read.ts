import type { Principal } from './principal.ts';

/**
 * Whether the caller may read tasks or the care log (records and subjects): operations
 * that span both accept either scope and leave out what the other would show.
 */
export function canRead(principal: Principal, what: 'tasks' | 'records'): boolean {
  return principal.scopes.has(`${what}:read`);
}
