import type { Knex } from 'knex';

/**
 * Every journal entry announces itself on the `tend_changes` channel, in the transaction
 * that wrote it: PostgreSQL delivers the notice on commit (never for a rolled-back write),
 * to every Tend instance listening on the same database (src/live/). An undo inserts an
 * entry and marks the one it undid, so both announce. The notice names the change and
 * nothing of its content: no title, no value.
 */
export async function up(db: Knex): Promise<void> {
  await db.raw(`
    create function activity_notify_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('tend_changes', json_build_object(
        'user_id', new.user_id,
        'entity', new.entity,
        'entity_id', new.entity_id,
        'operation', new.operation
      )::text);
      return null;
    end;
    $$`);
  await db.raw(`
    create trigger activity_notify_change
    after insert or update of undone_at on activity
    for each row execute function activity_notify_change()`);
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop trigger if exists activity_notify_change on activity');
  await db.raw('drop function if exists activity_notify_change()');
}
