import type { Knex } from 'knex';

/**
 * Whatever ends a credential announces it on the `tend_credentials` channel, in the
 * transaction that ended it: a key revoked or deleted, a grant revoked or deleted, a
 * password changed, an account deleted (whose cascade deletes announce too; PostgreSQL
 * sends identical notices of one transaction once). Every Tend instance on the database
 * hears it on commit and drops that person's cached credentials (src/auth/), so the end
 * bites everywhere within moments instead of the caches' 30 s. Only the person's id is
 * sent: which credential it was is looked up afresh anyway.
 */
export async function up(db: Knex): Promise<void> {
  await db.raw(`
    create function credentials_notify_change() returns trigger language plpgsql as $$
    declare
      person uuid;
    begin
      if tg_table_name = 'users' then
        person := old.id;
      else
        person := old.user_id;
      end if;
      perform pg_notify('tend_credentials', json_build_object('user_id', person)::text);
      return null;
    end;
    $$`);
  await db.raw(`
    create trigger api_keys_notify_revoked
    after update of revoked_at on api_keys
    for each row when (new.revoked_at is not null and old.revoked_at is null)
    execute function credentials_notify_change()`);
  await db.raw(`
    create trigger api_keys_notify_deleted
    after delete on api_keys
    for each row execute function credentials_notify_change()`);
  await db.raw(`
    create trigger oauth_grants_notify_revoked
    after update of revoked_at on oauth_grants
    for each row when (new.revoked_at is not null and old.revoked_at is null)
    execute function credentials_notify_change()`);
  await db.raw(`
    create trigger oauth_grants_notify_deleted
    after delete on oauth_grants
    for each row execute function credentials_notify_change()`);
  await db.raw(`
    create trigger users_notify_password_changed
    after update of password_changed_at on users
    for each row when (new.password_changed_at is distinct from old.password_changed_at)
    execute function credentials_notify_change()`);
  await db.raw(`
    create trigger users_notify_deleted
    after delete on users
    for each row execute function credentials_notify_change()`);
}

export async function down(db: Knex): Promise<void> {
  for (const [trigger, table] of [
    ['api_keys_notify_revoked', 'api_keys'],
    ['api_keys_notify_deleted', 'api_keys'],
    ['oauth_grants_notify_revoked', 'oauth_grants'],
    ['oauth_grants_notify_deleted', 'oauth_grants'],
    ['users_notify_password_changed', 'users'],
    ['users_notify_deleted', 'users'],
  ]) {
    await db.raw(`drop trigger if exists ${trigger} on ${table}`);
  }
  await db.raw('drop function if exists credentials_notify_change()');
}
