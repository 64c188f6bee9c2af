import type { Knex } from 'knex';

/**
 * The keys that sign access tokens, each named by the `kid` in a token's header, so a new
 * key can take over signing while tokens from the one before still verify until they
 * expire (src/auth/signing-keys.ts). The first key is the server secret (TOKEN_SECRET, or
 * the one kept in server_secrets): its row has no secret of its own, so tokens signed
 * before keys had ids stay valid, and TOKEN_SECRET is never copied into the database.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('signing_keys', (t) => {
    t.text('kid').primary();
    // Null for the first key: the server secret signs.
    t.text('secret');
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    // When a newer key took over signing; the key still verifies.
    t.timestamp('superseded_at', { useTz: true, precision: 3 });
    // When it stopped verifying too (housekeeping, once its last token has expired).
    t.timestamp('retired_at', { useTz: true, precision: 3 });
  });
  // One server-secret key at most.
  await db.raw(
    'create unique index signing_keys_one_server_secret on signing_keys ((true)) where secret is null',
  );
  await db.raw(
    `insert into signing_keys (kid, secret, created_at)
     values (substr(replace(gen_random_uuid()::text, '-', ''), 1, 16), null, now())`,
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('signing_keys');
}
