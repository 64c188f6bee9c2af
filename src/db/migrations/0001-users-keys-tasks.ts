import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.raw('create extension if not exists pg_trgm');

  await db.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.text('email').notNullable();
    t.text('display_name').notNullable();
    t.text('timezone').notNullable().defaultTo('UTC');
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw('create unique index users_email_key on users (lower(email))');

  await db.schema.createTable('api_keys', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('name').notNullable();
    t.text('prefix').notNullable();
    t.text('secret_hash').notNullable().unique();
    t.specificType('scopes', 'text[]').notNullable();
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    t.timestamp('last_used_at', { useTz: true, precision: 3 });
    t.timestamp('revoked_at', { useTz: true, precision: 3 });
    t.index(['user_id']);
  });

  await db.schema.createTable('tasks', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('title').notNullable();
    t.text('notes');
    t.text('status').notNullable().defaultTo('open');
    t.text('priority').notNullable().defaultTo('normal');
    t.specificType('tags', 'text[]').notNullable().defaultTo('{}');
    // due_at: the instant (start of the day for a date-only task); due_by: when it
    // becomes overdue (the end of that day for a date-only task).
    t.timestamp('due_at', { useTz: true, precision: 3 });
    t.timestamp('due_by', { useTz: true, precision: 3 });
    t.boolean('due_date_only').notNullable().defaultTo(false);
    t.text('due_text');
    t.timestamp('completed_at', { useTz: true, precision: 3 });
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    t.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw(
    `alter table tasks add constraint tasks_status_check check (status in ('open', 'done'))`,
  );
  await db.raw(
    `alter table tasks add constraint tasks_priority_check check (priority in ('low', 'normal', 'high', 'urgent'))`,
  );
  // Undated tasks sort last: one ascending key lets keyset pagination use a plain row
  // comparison that an index serves.
  await db.raw(
    `alter table tasks add column due_sort timestamptz(3) generated always as (coalesce(due_at, 'infinity'::timestamptz)) stored`,
  );
  await db.raw('create index tasks_list_idx on tasks (user_id, status, due_sort, created_at, id)');
  await db.raw('create index tasks_all_idx on tasks (user_id, due_sort, created_at, id)');
  await db.raw('create index tasks_tags_idx on tasks using gin (tags)');
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('tasks');
  await db.schema.dropTable('api_keys');
  await db.schema.dropTable('users');
}
