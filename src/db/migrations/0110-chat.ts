import type { Knex } from 'knex';

/**
 * Tend's own chat: widgets (the chat on a person's own pages, each with the public OAuth
 * client it signs in through), conversations and their messages, the files sent with a
 * message (kept until the record they belong to is made), and every model call with its
 * tokens and cost, for usage, budgets and the operator's bill.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('widgets', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.text('name').notNullable();
    // Exact origins; the widget's CORS and its popup's postMessage target come from here.
    t.jsonb('allowed_origins').notNullable();
    t.text('theme').notNullable();
    t.text('position').notNullable();
    t.text('greeting').notNullable();
    // Set once the widget's public client is registered; deleting the widget removes it.
    t.text('client_id').references('id').inTable('oauth_clients').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    t.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw('create index widgets_user_idx on widgets (user_id, created_at, id)');

  await db.schema.createTable('conversations', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.uuid('widget_id').references('id').inTable('widgets').onDelete('SET NULL');
    t.text('title');
    // Set while a reply is being written, so a second message waits its turn (on any instance).
    t.timestamp('turn_started_at', { useTz: true, precision: 3 });
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    t.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw('create index conversations_user_idx on conversations (user_id, updated_at, id)');

  await db.schema.createTable('chat_messages', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('conversation_id')
      .notNullable()
      .references('id')
      .inTable('conversations')
      .onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    // The order messages were said in: a turn adds several within one clock tick.
    t.specificType('seq', 'bigint generated always as identity').notNullable();
    t.text('role').notNullable();
    t.text('content').notNullable();
    t.jsonb('tool_calls');
    t.text('tool_call_id');
    t.text('tool_name');
    t.boolean('is_error');
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw('create index chat_messages_order_idx on chat_messages (conversation_id, seq)');
  // The chat's per-person message rate counts these.
  await db.raw(
    "create index chat_messages_sent_idx on chat_messages (user_id, created_at) where role = 'user'",
  );

  await db.schema.createTable('chat_files', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('message_id')
      .notNullable()
      .references('id')
      .inTable('chat_messages')
      .onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.text('name').notNullable();
    // Sniffed from the bytes, as for attachments.
    t.text('media_type').notNullable();
    t.binary('content').notNullable();
  });
  await db.raw('create index chat_files_message_idx on chat_files (message_id)');

  await db.schema.createTable('model_calls', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.uuid('conversation_id').references('id').inTable('conversations').onDelete('SET NULL');
    t.uuid('widget_id').references('id').inTable('widgets').onDelete('SET NULL');
    t.text('provider').notNullable();
    t.text('model').notNullable();
    t.integer('input_tokens').notNullable();
    t.integer('output_tokens').notNullable();
    t.integer('cached_tokens').notNullable();
    t.integer('latency_ms').notNullable();
    // Millionths of a dollar: exact sums, no float drift across a month of calls.
    t.bigInteger('cost_micros').notNullable();
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw('create index model_calls_user_idx on model_calls (user_id, created_at)');
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('model_calls');
  await db.schema.dropTable('chat_files');
  await db.schema.dropTable('chat_messages');
  await db.schema.dropTable('conversations');
  await db.schema.dropTable('widgets');
}
