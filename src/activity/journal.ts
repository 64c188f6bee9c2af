import type { HandlerContext } from '../contract/handler-types.ts';
import type { Db } from '../db/connect.ts';
import { type Entity, fieldChanges, type Snapshot, snapshot } from './entities.ts';
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
