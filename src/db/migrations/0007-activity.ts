import type { Knex } from 'knex';

// The journal of every change made for a user: who made it, what it was, and the row as
// it was before and after, so a person can see and undo what an assistant did.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('activity', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    // Ids are random: entries written in the same millisecond keep their order by this.
    t.bigIncrements('seq', { primaryKey: false });
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('actor').notNullable();
    t.text('operation').notNullable();
    t.text('entity').notNullable();
    // No foreign key: the entry outlives a row that housekeeping purges.
    t.uuid('entity_id').notNullable();
    t.jsonb('before');
    t.jsonb('after');
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    t.uuid('undoes_id');
    t.timestamp('undone_at', { useTz: true, precision: 3 });
    t.uuid('undone_by');
  });
  await db.raw(
    `alter table activity add constraint activity_operation_check check (operation in ('create', 'update', 'delete', 'complete', 'reopen', 'undo'))`,
  );
  await db.raw(
    `alter table activity add constraint activity_entity_check check (entity in ('task', 'subject', 'record'))`,
  );
  // An entry is undone at most once, and then by an entry of its own.
  await db.raw(
    `alter table activity add constraint activity_undone_check check ((undone_at is null) = (undone_by is null))`,
  );
  await db.raw('create index activity_list_idx on activity (user_id, created_at desc, seq desc)');
  await db.raw(
    'create index activity_entity_idx on activity (user_id, entity_id, created_at desc, seq desc)',
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('activity');
}
