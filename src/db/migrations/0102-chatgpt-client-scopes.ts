import type { Knex } from 'knex';

/** The four assistant scopes, spelled out: a migration keeps meaning what it meant. */
const ASSISTANT = ['tasks:read', 'tasks:write', 'records:read', 'records:write'];
const TASKS_ONLY = ['tasks:read', 'tasks:write'];

/**
 * "Connect ChatGPT" clients were made with the task scopes only, so half of the Action's
 * operations (people, pets, care records, trends) answered 403. Widening the client lets
 * ChatGPT ask for more at its next authorization; the person's grants keep exactly the
 * scopes they consented to, and a request beyond them shows the consent page again.
 */
export async function up(db: Knex): Promise<void> {
  await db('oauth_clients').where({ kind: 'chatgpt_action' }).update({ scopes: ASSISTANT });
}

/** Back to what such clients had: the task scopes. */
export async function down(db: Knex): Promise<void> {
  await db('oauth_clients').where({ kind: 'chatgpt_action' }).update({ scopes: TASKS_ONLY });
}
