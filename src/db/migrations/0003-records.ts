import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('records', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.uuid('subject_id').notNullable().references('subjects.id').onDelete('CASCADE');
    t.text('type').notNullable();
    t.text('type_text');
    t.text('title').notNullable();
    t.text('details');
    t.specificType('tags', 'text[]').notNullable().defaultTo('{}');
    t.timestamp('occurred_at', { useTz: true, precision: 3 }).notNullable();
    // The local day in the user's zone when it was written: what "the same day" means
    // for duplicates, without redoing zone arithmetic in SQL.
    t.date('occurred_on').notNullable();
    t.boolean('occurred_date_only').notNullable().defaultTo(false);
    t.text('when_text');
    t.decimal('value', 14, 4);
    t.text('unit');
    t.text('metric');
    t.text('value_text');
    t.date('next_due');
    t.text('next_due_text');
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    t.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw(
    `alter table records add constraint records_type_check check (type in ('weight', 'vaccination', 'medication', 'symptom', 'visit', 'measurement', 'note', 'other'))`,
  );
  await db.raw('create index records_list_idx on records (user_id, occurred_at desc, id desc)');
  await db.raw(
    'create index records_subject_idx on records (user_id, subject_id, occurred_at desc, id desc)',
  );
  await db.raw(
    'create index records_same_day_idx on records (user_id, subject_id, type, occurred_on)',
  );
  await db.raw('create index records_tags_idx on records using gin (tags)');
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('records');
}
