import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('tasks', (t) => {
    // repeat_text: the user's words; repeat_rule: the RFC 5545 RRULE value they became.
    t.text('repeat_text');
    t.text('repeat_rule');
    // The occurrence this one follows. Unique, so completing an occurrence can create at
    // most one next occurrence however often (or however concurrently) it is completed.
    t.uuid('repeated_from').unique().references('tasks.id').onDelete('SET NULL');
    // The vaccination or medication record a reminder task was made for.
    t.uuid('record_id').references('records.id').onDelete('SET NULL');
  });
  await db.raw('create index tasks_record_idx on tasks (record_id) where record_id is not null');
  await db.raw(
    'create index records_next_due_idx on records (user_id, next_due) where next_due is not null',
  );

  // One secret calendar feed per user; only the token's SHA-256 is kept.
  await db.schema.createTable('calendar_feeds', (t) => {
    t.uuid('user_id').primary().references('users.id').onDelete('CASCADE');
    t.text('token_hash').notNullable().unique();
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('calendar_feeds');
  await db.raw('drop index if exists records_next_due_idx');
  await db.schema.alterTable('tasks', (t) => {
    t.dropColumn('record_id');
    t.dropColumn('repeated_from');
    t.dropColumn('repeat_rule');
    t.dropColumn('repeat_text');
  });
}
