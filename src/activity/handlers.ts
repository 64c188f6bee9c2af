import type { HandlerContext, Handlers } from '../contract/handler-types.ts';
import { insufficientScope } from '../core/problems/access.ts';
import { clampToRange, EARLIEST, LATEST } from '../dates/range.ts';
import { localDayBounds } from '../dates/zone.ts';
import { decodeCursor, isIsoInstant } from '../paging/cursor.ts';
import { buildPage } from '../paging/page.ts';
import { ENTITIES, kindOf } from './entities.ts';
import * as queries from './queries.ts';
import { serializeEntry } from './serialize.ts';
import { undoEntry } from './undo.ts';

type ActivityHandlers = Pick<Handlers, 'listActivity' | 'undoActivity'>;

export const activityHandlers: ActivityHandlers = {
  // The contract lets in tasks:read or records:read; each shows only its own kinds.
  async listActivity({ query }, ctx) {
    const readable = ENTITIES.filter((e) => ctx.principal.scopes.has(kindOf(e).readScope));
    if (query.entity && !readable.includes(query.entity)) {
      throw insufficientScope([kindOf(query.entity).readScope]);
    }
    const limit = query.limit ?? 20;
    const rows = await queries.listActivity(
      ctx.db,
      ctx.userId,
      {
        entities: query.entity ? [query.entity] : readable,
        entityId: query.entity_id,
        actor: query.actor,
        since: query.since ? instant(query.since, ctx) : undefined,
        after: query.cursor ? decodeCursor(query.cursor, isActivitySortKey) : undefined,
      },
      limit + 1,
    );
    const now = ctx.now();
    const page = buildPage(
      rows,
      limit,
      (row) => serializeEntry(row, ctx.timezone, now),
      queries.activitySortKey,
    );
    return { status: 200, body: page };
  },

  // The contract lets in tasks:write or records:write; undoEntry asks for the entry's own.
  async undoActivity({ path }, ctx) {
    const undo = await undoEntry(ctx, path.activity_id);
    return { status: 200, body: serializeEntry(undo, ctx.timezone, ctx.now()) };
  },
};

/** A date means the start of that day in the user's zone. */
function instant(value: string, ctx: HandlerContext): Date {
  const at = new Date(value);
  if (at < EARLIEST || at >= LATEST) return clampToRange(at);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? localDayBounds(value, ctx.timezone).start : at;
}

function isActivitySortKey(key: unknown[]): key is queries.ActivitySortKey {
  return (
    key.length === 2 &&
    isIsoInstant(key[0]) &&
    typeof key[1] === 'string' &&
    /^[1-9][0-9]{0,17}$/.test(key[1])
  );
}
