import { encodeCursor } from './cursor.ts';

/**
 * A page must stay far under the 100,000 characters ChatGPT accepts in one response,
 * whatever the rows hold: items stop at this many characters and the rest follows on
 * the next page.
 */
export const PAGE_CHARACTER_BUDGET = 60_000;

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/**
 * Builds a page from up to `limit + 1` rows fetched in order: the extra row (or the
 * character budget) says whether another page follows.
 */
export function buildPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  toItem: (row: Row) => Item,
  sortKey: (row: Row) => readonly unknown[],
): Page<Item> {
  const items: Item[] = [];
  let size = 0;
  let last: Row | undefined;
  for (const row of rows.slice(0, limit)) {
    const item = toItem(row);
    size += JSON.stringify(item).length + 1;
    if (items.length > 0 && size > PAGE_CHARACTER_BUDGET) break;
    items.push(item);
    last = row;
  }
  const more = items.length < rows.length;
  return { items, next_cursor: more && last ? encodeCursor(sortKey(last)) : null };
}
