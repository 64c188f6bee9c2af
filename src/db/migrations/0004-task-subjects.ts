import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('tasks', (t) => {
    t.uuid('subject_id').references('subjects.id').onDelete('SET NULL');
  });
  await db.raw(
    'create index tasks_subject_idx on tasks (user_id, subject_id, due_sort, created_at, id)',
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('tasks', (t) => {
    t.dropColumn('subject_id');
  });
}
