import type { HandlerContext } from '../contract/handler-types.ts';
import { insufficientScope } from '../core/problems/access.ts';
import { alreadyUndone, changedSince } from '../core/problems/activity.ts';
import { itemNotFound } from '../core/problems/routing.ts';
import { fieldChanges, hide, kindOf, restore, snapshot } from './entities.ts';
import { type ActivityRow, getEntryForUpdate, insertEntry, markUndone } from './queries.ts';

/**
 * Reverts one entry, journaling the undo: a create is undone by deleting (a subject by
 * archiving), anything else by writing the row back as it was before. Only while the
 * item is as the entry left it; a later change would otherwise be lost silently.
 */
export async function undoEntry(ctx: HandlerContext, entryId: string): Promise<ActivityRow> {
  return ctx.db.transaction(async (trx) => {
    const entry = await getEntryForUpdate(trx, ctx.userId, entryId);
    if (!entry) throw itemNotFound('activity entry');
    const kind = kindOf(entry.entity);
    if (!ctx.principal.scopes.has(kind.writeScope)) throw insufficientScope([kind.writeScope]);
    if (entry.undone_at) throw alreadyUndone();
    const now = ctx.now();
    const current = await snapshot(trx, entry.entity, ctx.userId, entry.entity_id);
    if (!current) throw changedSince(entry.entity, 'was deleted for good', []);
    const left = entry.after ?? current;
    const changes = fieldChanges(entry.entity, left, current, ctx.timezone, now);
    if (changes.length > 0) throw changedSince(entry.entity, 'changed after this entry', changes);
    if (entry.before === null) await hide(trx, entry.entity, ctx.userId, entry.entity_id, now);
    else await restore(trx, entry.entity, ctx.userId, entry.entity_id, entry.before, now);
    const after = await snapshot(trx, entry.entity, ctx.userId, entry.entity_id);
    const undo = await insertEntry(
      trx,
      ctx.userId,
      {
        actor: ctx.principal.actor,
        operation: 'undo',
        entity: entry.entity,
        entity_id: entry.entity_id,
        before: current,
        after: after ?? current,
        undoes_id: entry.id,
      },
      now,
    );
    await markUndone(trx, ctx.userId, entry.id, undo.id, now);
    return undo;
  });
}
