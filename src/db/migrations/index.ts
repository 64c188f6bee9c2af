import * as m0001 from './0001-users-keys-tasks.ts';
import * as m0100 from './0100-accounts-oauth.ts';

/** Every migration, in order. A new migration is a new file added here. */
export const migrations = [
  { name: '0001-users-keys-tasks', ...m0001 },
  { name: '0100-accounts-oauth', ...m0100 },
];
