import type { Knex } from 'knex';

/**
 * createTask looks for an open task of the same title added in the last minutes (see
 * tasks/create-task.ts); this finds those by the user's newest open tasks instead of
 * reading all of them.
 */
export async function up(db: Knex): Promise<void> {
  await db.raw(
    `create index tasks_recent_open_idx on tasks (user_id, created_at)
      where status = 'open' and deleted_at is null`,
  );
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop index if exists tasks_recent_open_idx');
}
