import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('users', (t) => {
    // Null until the person opens the link mailed to their address.
    t.timestamp('email_verified_at', { useTz: true, precision: 3 });
  });

  // Links mailed to people: address verification and password reset (DESIGN §4: only
  // the SHA-256 of the token is kept; consumed once).
  await db.schema.createTable('mail_tokens', (t) => {
    t.text('token_hash').primary();
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('purpose').notNullable();
    // The address the link was sent to: verifying it says nothing about a later one.
    t.text('email').notNullable();
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    t.timestamp('expires_at', { useTz: true, precision: 3 }).notNullable();
    t.timestamp('consumed_at', { useTz: true, precision: 3 });
    t.index(['user_id', 'purpose']);
    t.index(['expires_at']);
  });
  await db.raw(
    `alter table mail_tokens add constraint mail_tokens_purpose_check
     check (purpose in ('verify_email', 'reset_password'))`,
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('mail_tokens');
  await db.schema.alterTable('users', (t) => {
    t.dropColumn('email_verified_at');
  });
}
