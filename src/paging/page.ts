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

/** Each page's JSON as buildPage wrote it, so the answer is not serialized twice. */
const pageJson = new WeakMap<object, string>();

/**
 * Builds a page from up to `limit + 1` rows fetched in order: the extra row (or the
 * character budget) says whether another page follows. Each item is serialized once, to
 * measure it against the budget, and those strings are the page's JSON (`serializedPage`).
 */
export function buildPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  toItem: (row: Row) => Item,
  sortKey: (row: Row) => readonly unknown[],
): Page<Item> {
  const items: Item[] = [];
  const parts: string[] = [];
  let size = 0;
  let last: Row | undefined;
  const end = Math.min(limit, rows.length);
  for (let i = 0; i < end; i++) {
    const row = rows[i] as Row;
    const item = toItem(row);
    const json = JSON.stringify(item);
    size += json.length + 1;
    if (items.length > 0 && size > PAGE_CHARACTER_BUDGET) break;
    items.push(item);
    parts.push(json);
    last = row;
  }
  const more = items.length < rows.length;
  const page = { items, next_cursor: more && last ? encodeCursor(sortKey(last)) : null };
  pageJson.set(
    page,
    `{"items":[${parts.join(',')}],"next_cursor":${JSON.stringify(page.next_cursor)}}`,
  );
  return page;
}

/**
 * JSON.stringify(body), taken from buildPage when the body is a page it built. Pages are
 * answered as built; one changed afterwards must be given to the caller as a new object.
 */
export function serializedPage(body: unknown): string {
  return (typeof body === 'object' && body !== null && pageJson.get(body)) || JSON.stringify(body);
}
