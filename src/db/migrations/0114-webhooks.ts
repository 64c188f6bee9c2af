import type { Knex } from 'knex';

/**
 * Webhooks (docs/webhooks.md): a person's endpoints, each event delivered to each of them
 * (`webhook_deliveries`), and every attempt at a delivery (`webhook_attempts`, the log).
 *
 * Deliveries are made by a trigger on the journal, in the statement that writes the
 * entry: a rolled-back write leaves no delivery, a committed one always has its own, and a
 * write for a person without an enabled endpoint costs one index probe and no round trip
 * (docs/design.md §7). The trigger announces new deliveries on `tend_webhooks`; Tend
 * queues their jobs on that notice, and a sweep every minute queues any a notice missed.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('webhook_endpoints', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('url').notNullable();
    t.text('description').notNullable().defaultTo('');
    // Event names (task.created, …) or 'all'.
    t.specificType('events', 'text[]').notNullable();
    // whsec_…, sealed with the server secret (src/core/sealed.ts).
    t.text('secret').notNullable();
    t.boolean('enabled').notNullable().defaultTo(true);
    t.timestamp('disabled_at', { useTz: true, precision: 3 });
    t.text('disabled_reason');
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    t.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
  });
  await db.raw(
    'create index webhook_endpoints_list_idx on webhook_endpoints (user_id, created_at desc, id desc)',
  );
  // What the journal's trigger asks on every write: only enabled endpoints are in it.
  await db.raw(
    'create index webhook_endpoints_enabled_idx on webhook_endpoints (user_id) where enabled',
  );

  await db.schema.createTable('webhook_deliveries', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('endpoint_id').notNullable().references('webhook_endpoints.id').onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('event_type').notNullable();
    // The webhook-id header: the journal entry's id (a ping's own), the same on every retry.
    t.text('message_id').notNullable();
    // No foreign key: the delivery log outlives an entry that housekeeping purges.
    t.uuid('activity_id');
    // The JSON sent, fixed at the first attempt so every retry sends the same bytes.
    t.text('body');
    t.text('status').notNullable().defaultTo('pending');
    t.integer('attempts').notNullable().defaultTo(0);
    t.integer('last_status_code');
    t.text('last_error');
    t.integer('last_latency_ms');
    t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    // When its job was queued; null until then (the sweep's question).
    t.timestamp('queued_at', { useTz: true, precision: 3 });
    t.timestamp('delivered_at', { useTz: true, precision: 3 });
    t.unique(['endpoint_id', 'message_id']);
  });
  await db.raw(
    `alter table webhook_deliveries add constraint webhook_deliveries_status_check
     check (status in ('pending', 'succeeded', 'failed'))`,
  );
  await db.raw(
    'create index webhook_deliveries_list_idx on webhook_deliveries (endpoint_id, created_at desc, id desc)',
  );
  await db.raw(
    'create index webhook_deliveries_unqueued_idx on webhook_deliveries (created_at) where queued_at is null',
  );

  await db.schema.createTable('webhook_attempts', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('delivery_id').notNullable().references('webhook_deliveries.id').onDelete('CASCADE');
    t.integer('attempt').notNullable();
    t.timestamp('started_at', { useTz: true, precision: 3 }).notNullable();
    t.integer('status_code');
    t.text('error');
    t.integer('latency_ms').notNullable();
  });
  await db.raw(
    'create index webhook_attempts_delivery_idx on webhook_attempts (delivery_id, attempt)',
  );

  // An undo names no verb of its own: it shows as the item's deletion when it hides the
  // item (the undo of a create), and as an update otherwise.
  await db.raw(`
    create function webhook_enqueue() returns trigger language plpgsql as $$
    declare
      event text;
    begin
      event := new.entity || '.' || case new.operation
        when 'create' then 'created'
        when 'update' then 'updated'
        when 'delete' then 'deleted'
        when 'complete' then 'completed'
        when 'reopen' then 'reopened'
        else case
          when new.after is null
            or (new.after->>'deleted_at') is not null
            or (new.entity = 'subject' and (new.after->>'archived_at') is not null
                and (new.before->>'archived_at') is null)
          then 'deleted' else 'updated' end
      end;
      insert into webhook_deliveries (endpoint_id, user_id, event_type, message_id, activity_id, created_at)
      select e.id, e.user_id, event, new.id::text, new.id, new.created_at
      from webhook_endpoints e
      where e.user_id = new.user_id and e.enabled and (event = any(e.events) or 'all' = any(e.events))
      on conflict do nothing;
      if found then
        perform pg_notify('tend_webhooks', '');
      end if;
      return null;
    end;
    $$`);
  await db.raw(`
    create trigger webhook_enqueue
    after insert on activity
    for each row execute function webhook_enqueue()`);
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop trigger if exists webhook_enqueue on activity');
  await db.raw('drop function if exists webhook_enqueue()');
  await db.schema.dropTable('webhook_attempts');
  await db.schema.dropTable('webhook_deliveries');
  await db.schema.dropTable('webhook_endpoints');
}
