import type { Knex } from 'knex';

const time = (t: Knex.CreateTableBuilder, name: string) =>
  t.timestamp(name, { useTz: true, precision: 3 });

export async function up(db: Knex): Promise<void> {
  // Users made by the CLI have no password until they set one.
  await db.schema.alterTable('users', (t) => {
    t.text('password_hash');
    time(t, 'password_changed_at');
  });

  await db.schema.createTable('server_secrets', (t) => {
    t.text('name').primary();
    t.text('value').notNullable();
  });

  await db.schema.createTable('sessions', (t) => {
    t.text('id_hash').primary();
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    time(t, 'created_at').notNullable();
    time(t, 'last_seen_at').notNullable();
    time(t, 'expires_at').notNullable();
    t.index(['user_id']);
  });

  await db.schema.createTable('throttle_counters', (t) => {
    t.text('key').primary();
    time(t, 'window_started_at').notNullable();
    t.integer('count').notNullable();
  });

  await db.schema.createTable('oauth_clients', (t) => {
    t.text('id').primary();
    t.text('name').notNullable();
    t.text('secret_hash');
    t.specificType('redirect_uris', 'text[]').notNullable();
    t.specificType('scopes', 'text[]').notNullable();
    // 'chatgpt_action' clients may use ChatGPT's callback pattern (docs/security.md A1).
    t.text('kind').notNullable().defaultTo('standard');
    t.uuid('owner_id').references('users.id').onDelete('CASCADE');
    // Lets the owner's dashboard derive the secret once; cleared when shown.
    t.text('reveal_nonce');
    // Clients known by a Client ID Metadata Document: when it was last fetched.
    time(t, 'metadata_fetched_at');
    time(t, 'created_at').notNullable();
  });

  await db.schema.createTable('oauth_grants', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('client_id').notNullable().references('oauth_clients.id').onDelete('CASCADE');
    t.specificType('scopes', 'text[]').notNullable();
    time(t, 'created_at').notNullable();
    time(t, 'last_used_at');
    time(t, 'revoked_at');
    t.index(['user_id', 'client_id']);
  });

  await db.schema.createTable('oauth_codes', (t) => {
    t.text('code_hash').primary();
    t.uuid('grant_id').notNullable().references('oauth_grants.id').onDelete('CASCADE');
    t.text('client_id').notNullable();
    t.text('redirect_uri').notNullable();
    t.text('code_challenge');
    t.text('resource').notNullable();
    t.specificType('scopes', 'text[]').notNullable();
    time(t, 'created_at').notNullable();
    time(t, 'expires_at').notNullable();
    time(t, 'consumed_at');
  });

  await db.schema.createTable('oauth_refresh_tokens', (t) => {
    t.text('token_hash').primary();
    t.uuid('grant_id').notNullable().references('oauth_grants.id').onDelete('CASCADE');
    t.text('client_id').notNullable();
    t.text('resource').notNullable();
    t.specificType('scopes', 'text[]').notNullable();
    time(t, 'created_at').notNullable();
    time(t, 'rotated_at');
    t.index(['grant_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  for (const table of [
    'oauth_refresh_tokens',
    'oauth_codes',
    'oauth_grants',
    'oauth_clients',
    'throttle_counters',
    'sessions',
    'server_secrets',
  ]) {
    await db.schema.dropTable(table);
  }
  await db.schema.alterTable('users', (t) => {
    t.dropColumn('password_hash');
    t.dropColumn('password_changed_at');
  });
}
