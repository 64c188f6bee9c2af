import type { Knex } from 'knex';

/**
 * API rate-limit counters, shared by every instance (src/pipeline/rate-limits.ts). The shape
 * is rate-limiter-flexible's RateLimiterPostgres table: `expire` in epoch milliseconds.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('rate_limits', (t) => {
    t.string('key', 255).primary();
    t.integer('points').notNullable().defaultTo(0);
    t.bigInteger('expire');
    t.index(['expire']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('rate_limits');
}
