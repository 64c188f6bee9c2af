import type { Knex } from 'knex';

/**
 * createTask's duplicate guard inside the create's own statement (docs/design.md §7: one
 * round trip per write). It takes the title lock and only then looks for a recent open
 * task of that title. A VOLATILE function's queries each take a fresh snapshot, so the
 * look sees a concurrent create that committed while this one waited for the lock, which
 * a plain CTE, whose snapshot predates the wait, would miss. `self` is the row being
 * created in the same statement, never its own double. A double raises SQLSTATE TDUP1,
 * which ends the statement with nothing written; tasks/create-task.ts answers 409.
 * The lock key is the one `taskTitleLock` (src/tasks/queries.ts) takes.
 *
 * The look finds a title's open tasks by an index of their lowered titles: by creation
 * time alone it read every task added in the window, so a client adding many tasks in a
 * few minutes made each add slower than the last.
 */
export async function up(db: Knex): Promise<void> {
  await db.raw(
    `create index tasks_open_title_idx on tasks (user_id, lower(title), created_at)
      where status = 'open' and deleted_at is null`,
  );
  await db.raw(`
    create function tend_guard_task_title(
      person uuid, wanted text, about uuid, since timestamptz, self uuid
    ) returns boolean language plpgsql volatile as $$
    begin
      perform pg_advisory_xact_lock(
        hashtextextended('tend:task-title:' || person || ':' || lower(wanted), 0));
      if exists (
        select 1 from tasks
         where user_id = person and status = 'open' and deleted_at is null
           and created_at > since and lower(title) = lower(wanted)
           and subject_id is not distinct from about and id <> self
      ) then
        raise exception 'an open task of this title was added recently'
          using errcode = 'TDUP1';
      end if;
      return true;
    end;
    $$`);
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop index if exists tasks_open_title_idx');
  await db.raw(
    'drop function if exists tend_guard_task_title(uuid, text, uuid, timestamptz, uuid)',
  );
}
