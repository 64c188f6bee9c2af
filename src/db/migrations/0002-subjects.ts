import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('subjects', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('name').notNullable();
    // Lower case without accents, so "Zoë", "zoe" and "ZOE" meet; written by the app,
    // since PGlite has no unaccent.
    t.text('name_key').notNullable();
    t.text('kind').notNullable();
    t.boolean('is_self').notNullable().defaultTo(false);
    t.text('species');
    t.text('breed');
    t.text('sex').notNullable().defaultTo('unknown');
    t.integer('birth_year');
    t.integer('birth_month');
    t.integer('birth_day');
    t.text('birthday_precision');
    t.text('notes');
    t.timestamp('archived_at', { useTz: true, precision: 3 });
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    t.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw(
    `alter table subjects add constraint subjects_kind_check check (kind in ('person', 'pet'))`,
  );
  await db.raw(
    `alter table subjects add constraint subjects_sex_check check (sex in ('female', 'male', 'unknown'))`,
  );
  await db.raw(
    `alter table subjects add constraint subjects_precision_check check (birthday_precision in ('day', 'month', 'year'))`,
  );
  await db.raw('create unique index subjects_self_key on subjects (user_id) where is_self');
  await db.raw('create index subjects_list_idx on subjects (user_id, name_key, id)');
  await db.raw('create index subjects_name_trgm_idx on subjects using gin (name_key gin_trgm_ops)');
  // Users created before subjects existed get their own `self` subject too.
  await db.raw(
    `insert into subjects (user_id, name, name_key, kind, is_self, created_at, updated_at)
     select id, display_name, lower(display_name), 'person', true, created_at, created_at from users`,
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('subjects');
}
