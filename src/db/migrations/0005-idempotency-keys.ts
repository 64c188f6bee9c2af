import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('idempotency_keys', (t) => {
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('key').notNullable();
    // SHA-256 of method, path and body: the same key with another request is refused.
    t.text('fingerprint').notNullable();
    t.text('state').notNullable();
    t.integer('response_status');
    t.text('response_headers');
    t.text('response_content_type');
    t.text('response_body');
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    t.timestamp('expires_at', { useTz: true, precision: 3 }).notNullable();
    t.primary(['user_id', 'key']);
  });
  await db.raw(
    `alter table idempotency_keys add constraint idempotency_keys_state_check check (state in ('in_flight', 'done'))`,
  );
  await db.raw('create index idempotency_keys_expiry_idx on idempotency_keys (expires_at)');
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('idempotency_keys');
}
