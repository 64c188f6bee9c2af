import type { Knex } from 'knex';

/**
 * Files on care records (a vet invoice, a photo of a rash), kept in the database like
 * everything else so a backup holds them too. A file goes with its record when the record
 * is purged for good, and with its owner when the account is deleted; while the record is
 * soft-deleted the file is hidden with it, so undoing the delete brings both back.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('attachments', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.uuid('record_id').notNullable().references('id').inTable('records').onDelete('CASCADE');
    t.text('name').notNullable();
    // The type sniffed from the bytes, never the one the sender claimed.
    t.text('media_type').notNullable();
    t.integer('size').notNullable();
    t.text('sha256').notNullable();
    t.binary('content').notNullable();
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw(
    'create index attachments_record_idx on attachments (user_id, record_id, created_at, id)',
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('attachments');
}
