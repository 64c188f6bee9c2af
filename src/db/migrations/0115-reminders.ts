import type { Knex } from 'knex';

/**
 * Reminders of due tasks (docs/reminders.md): each person's choice of channels, the
 * reminders already sent (whose unique keys make every reminder go once, however many
 * instances sweep), snoozes, the browsers that receive Web Push, and the server's one
 * VAPID key pair.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('reminder_settings', (t) => {
    t.uuid('user_id').primary().references('users.id').onDelete('CASCADE');
    // Off until the person chooses: nobody gets mail they did not ask for.
    t.text('mail_mode').notNullable().defaultTo('off');
    // The local hour of the morning digest, and of reminders for tasks due on a day.
    t.integer('digest_hour').notNullable().defaultTo(8);
    t.boolean('push_enabled').notNullable().defaultTo(true);
    t.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw(
    `alter table reminder_settings add constraint reminder_settings_mail_mode_check
     check (mail_mode in ('off', 'due_time', 'digest'))`,
  );
  await db.raw(
    `alter table reminder_settings add constraint reminder_settings_digest_hour_check
     check (digest_hour between 0 and 23)`,
  );

  await db.schema.createTable('reminder_sends', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    // 'due': one task's reminder; 'digest': the morning mail of one local day.
    t.text('kind').notNullable();
    t.text('channel').notNullable();
    t.uuid('task_id');
    // When the reminder is due: the task's due time, the snooze's end, or the local hour.
    t.timestamp('remind_at', { useTz: true, precision: 3 }).notNullable();
    // The person's local date of a digest.
    t.date('local_date');
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    // Set when it went out, or when it was dropped at delivery (the task was done).
    t.timestamp('sent_at', { useTz: true, precision: 3 });
    t.timestamp('dropped_at', { useTz: true, precision: 3 });
    t.index(['user_id', 'created_at']);
  });
  await db.raw(
    `alter table reminder_sends add constraint reminder_sends_kind_check
     check ((kind = 'due' and task_id is not null) or (kind = 'digest' and local_date is not null))`,
  );
  await db.raw(
    `alter table reminder_sends add constraint reminder_sends_channel_check
     check (channel in ('mail', 'push'))`,
  );
  // The once-only keys: a second sweep (or instance) inserting the same reminder conflicts.
  await db.raw(
    `create unique index reminder_sends_due_once on reminder_sends
     (user_id, channel, task_id, remind_at) where kind = 'due'`,
  );
  await db.raw(
    `create unique index reminder_sends_digest_once on reminder_sends
     (user_id, channel, local_date) where kind = 'digest'`,
  );

  await db.schema.createTable('task_snoozes', (t) => {
    t.uuid('task_id').primary().references('tasks.id').onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.timestamp('until', { useTz: true, precision: 3 }).notNullable();
    t.index(['until']);
  });

  await db.schema.createTable('push_subscriptions', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    // Per person: a browser two people share may remind both, and nobody can take over
    // another's subscription by sending its endpoint.
    t.text('endpoint').notNullable();
    t.text('p256dh').notNullable();
    t.text('auth').notNullable();
    // "Firefox on Linux": so the person can tell their devices apart.
    t.text('label').notNullable();
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    t.timestamp('last_success_at', { useTz: true, precision: 3 });
    t.unique(['user_id', 'endpoint']);
  });

  // One key pair for the server; the private key sealed with the server secret.
  await db.schema.createTable('vapid_keys', (t) => {
    t.boolean('id').primary().defaultTo(true);
    t.text('public_key').notNullable();
    t.text('private_key_sealed').notNullable();
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw('alter table vapid_keys add constraint vapid_keys_one check (id)');

  // The sweep's look-up of open tasks due soon, across people.
  await db.raw(
    `create index tasks_reminder_idx on tasks (due_at)
     where status = 'open' and deleted_at is null and due_at is not null`,
  );
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop index if exists tasks_reminder_idx');
  for (const table of [
    'vapid_keys',
    'push_subscriptions',
    'task_snoozes',
    'reminder_sends',
    'reminder_settings',
  ]) {
    await db.schema.dropTableIfExists(table);
  }
}
