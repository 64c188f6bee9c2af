import type { Knex } from 'knex';

/**
 * What happened to an account's access (sign-ins, passwords, keys, apps), for the person's
 * own security log. Kept a year (src/auth/security-events.ts purges older rows).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('security_events', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.timestamp('at', { useTz: true, precision: 3 }).notNullable();
    t.text('ip');
    t.text('user_agent');
    // The key's or app's name, when the event is about one.
    t.text('detail');
    t.index(['user_id', 'at', 'id']);
    t.index(['at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('security_events');
}
