import type { Knex } from 'knex';
import type { HandlerContext } from '../contract/handler-types.ts';
import type { Db } from '../db/connect.ts';
import { runStatement, type SqlPart } from '../db/statement.ts';
import { type Entity, fieldChanges, kindOf, type Snapshot, snapshot } from './entities.ts';
import { insertEntry, type Operation } from './queries.ts';

export interface Change {
  entity: Entity;
  operation: Exclude<Operation, 'undo'>;
  /** The item changed; absent for a create, whose id the write returns. */
  id?: string;
}

/**
 * Runs one write for the user in a transaction that also journals it: the row before
 * and after, and who asked. A write that throws leaves neither the change nor an entry;
 * one that finds nothing to change (an unknown id, completing a done task) leaves no
 * entry. The write must use only the database it is given.
 */
export async function journaled<T>(
  ctx: HandlerContext,
  change: Change,
  write: (db: Db) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (trx) => {
    const before =
      change.id === undefined ? null : await snapshot(trx, change.entity, ctx.userId, change.id);
    const result = await write(trx);
    const id = change.id ?? (result as { id?: string } | undefined)?.id;
    if (before === undefined || id === undefined) return result;
    await journalChange(trx, ctx, change, id, before);
    return result;
  });
}

/**
 * A create and its journal entry in one statement, so one database round trip
 * (docs/design.md §7): the single-row `insert` writes the row `t` (a query builder without
 * RETURNING, or SQL written out that ends `returning *`), the entry is made from it, and
 * the statement answers `answer`, a select list over
 * `t` and, for tasks and records, their subject `s`. Either both rows are written or
 * neither. `guard` is a query that runs in the same statement, and so holds its locks
 * until the write commits (a task's title lock).
 */
export async function insertJournaled<Row>(
  db: Db,
  ctx: HandlerContext,
  entity: Entity,
  insert: Knex.QueryBuilder | SqlPart,
  answer: string,
  guard?: SqlPart,
): Promise<Row> {
  const { row, join } = kindOf(entity).writtenSnapshot;
  const write = 'toSQL' in insert ? insert.returning('*').toSQL() : insert;
  const rows = await runStatement<Row>(
    db,
    `with ${guard ? `guard as (${guard.sql}), ` : ''}t as (${write.sql}),
      entry as (
        insert into activity (user_id, actor, operation, entity, entity_id, before, after, created_at)
        select ?::uuid, ?::text, 'create', ?::text, t.id, null, ${row}, ?::timestamptz
        from t ${join}${guard ? ', guard' : ''}
      )
      select ${answer} from t ${join}`,
    [
      ...(guard?.bindings ?? []),
      ...write.bindings,
      ctx.userId,
      ctx.principal.actor,
      entity,
      ctx.now(),
    ],
  );
  return rows[0] as Row;
}

/**
 * Journals an item the write created along the way (the next occurrence of a repeating
 * task), inside the transaction `journaled` gave the write.
 */
export async function journalCreated(
  trx: Db,
  ctx: HandlerContext,
  entity: Entity,
  id: string,
): Promise<void> {
  await journalChange(trx, ctx, { entity, operation: 'create' }, id, null);
}

async function journalChange(
  trx: Db,
  ctx: HandlerContext,
  change: Change,
  id: string,
  before: Snapshot | null,
): Promise<void> {
  const after = await snapshot(trx, change.entity, ctx.userId, id);
  const now = ctx.now();
  if (!after) return;
  if (before !== null && fieldChanges(change.entity, before, after, 'UTC', now).length === 0) {
    return;
  }
  await insertEntry(
    trx,
    ctx.userId,
    {
      actor: ctx.principal.actor,
      operation: change.operation,
      entity: change.entity,
      entity_id: id,
      before,
      after,
    },
    now,
  );
}
