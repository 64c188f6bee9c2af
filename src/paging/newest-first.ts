import type { Knex } from 'knex';
import { isIsoInstant, isUuid } from './cursor.ts';

/** Where a newest-first page ends: the last row's `created_at` (ISO) and id. */
export type NewestFirstKey = [string, string];

export function newestFirstKey(row: { created_at: Date; id: string }): NewestFirstKey {
  return [row.created_at.toISOString(), row.id];
}

/** Whether a decoded cursor is a NewestFirstKey (decodeCursor's guard). */
export function isNewestFirstKey(key: unknown[]): key is NewestFirstKey {
  return key.length === 2 && isIsoInstant(key[0]) && isUuid(key[1]);
}

/**
 * Orders a query newest first by (created_at, id) and keeps the `limit` rows after
 * `after`: the order the account lists (keys, widgets, webhooks, deliveries) page in. The
 * id breaks ties between rows made in the same millisecond, so no row is skipped or shown
 * twice between pages.
 */
export function newestFirst<Query extends Knex.QueryBuilder>(
  query: Query,
  options: { after?: NewestFirstKey | undefined; limit: number },
): Query {
  query
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(options.limit);
  if (options.after) {
    query.whereRaw('(created_at, id) < (?::timestamptz, ?::uuid)', options.after);
  }
  return query;
}
