import type { Knex } from 'knex';

// A deleted task or record stays for 30 days, hidden, so that its deletion can be
// undone from the activity journal; housekeeping removes it for good afterwards.
export async function up(db: Knex): Promise<void> {
  for (const table of ['tasks', 'records']) {
    await db.schema.alterTable(table, (t) => {
      t.timestamp('deleted_at', { useTz: true, precision: 3 });
    });
    await db.raw(
      `create index ${table}_deleted_idx on ${table} (deleted_at) where deleted_at is not null`,
    );
  }
}

export async function down(db: Knex): Promise<void> {
  for (const table of ['tasks', 'records']) {
    await db.schema.alterTable(table, (t) => {
      t.dropColumn('deleted_at');
    });
  }
}
