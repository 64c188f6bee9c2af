import * as m0001 from './0001-users-keys-tasks.ts';

/** Every migration, in order. A new migration is a new file added here. */
export const migrations = [{ name: '0001-users-keys-tasks', ...m0001 }];
