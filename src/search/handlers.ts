import type { Handlers } from '../contract/handler-types.ts';
import { filterInstant } from '../dates/filter-instant.ts';
import { localDate } from '../dates/zone.ts';
import { itemUrl } from '../items/item-url.ts';
import { decodeCursor, encodeCursor, isIsoInstant, isUuid } from '../paging/cursor.ts';
import { PAGE_CHARACTER_BUDGET } from '../paging/page.ts';
import { correctWords } from './correct-words.ts';
import { searchKinds } from './kinds.ts';
import { type SearchMode, type SearchRow, type SearchSortKey, searchPage } from './queries.ts';
import { excludedWords, similarText } from './similar-text.ts';

type SearchHit = ReturnType<typeof serializeHit>;

/** Snippets are cut to this many characters. */
export const SNIPPET_LENGTH = 200;

export const searchHandlers: Pick<Handlers, 'search'> = {
  async search({ query }, ctx) {
    const limit = query.limit ?? 20;
    const types = query.types === undefined ? undefined : [query.types].flat();
    const after = query.cursor ? decodeCursor(query.cursor, isSearchSortKey) : undefined;
    const filter = {
      text: query.q,
      kinds: searchKinds(types, ctx.principal),
      subjectId: query.subject_id,
      from: query.from ? filterInstant(query.from, ctx.timezone, 'start') : undefined,
      to: query.to ? filterInstant(query.to, ctx.timezone, 'end') : undefined,
      after,
    };
    let mode: SearchMode = after?.[0] ?? 'words';
    let searchedFor: string | null = null;
    let rows = mode === 'words' ? await searchPage(ctx.db, ctx.userId, filter, limit + 1) : [];
    // Nothing matched as written (or a later page of a corrected search): correct the
    // spelling against the user's own words and search again, keeping `-word` exclusions.
    if (rows.length === 0 && (mode === 'similar' || !after)) {
      const corrected = await correctWords(ctx.db, ctx.userId, similarText(query.q));
      if (corrected !== undefined) {
        mode = 'similar';
        searchedFor = [corrected, ...excludedWords(query.q)].join(' ');
        rows = await searchPage(ctx.db, ctx.userId, { ...filter, text: searchedFor }, limit + 1);
      }
    }
    const items: SearchHit[] = [];
    let size = 0;
    let last: SearchRow | undefined;
    for (const row of rows.slice(0, limit)) {
      const item = serializeHit(row, ctx.timezone, ctx.publicUrl);
      size += JSON.stringify(item).length + 1;
      if (items.length > 0 && size > PAGE_CHARACTER_BUDGET) break;
      items.push(item);
      last = row;
    }
    const more = items.length < rows.length;
    return {
      status: 200,
      body: {
        items,
        fuzzy: mode === 'similar',
        searched_for: searchedFor,
        next_cursor:
          more && last
            ? encodeCursor([
                mode,
                last.rank,
                last.sort_at.toISOString(),
                last.id,
              ] satisfies SearchSortKey)
            : null,
      },
    };
  },
};

function serializeHit(row: SearchRow, zone: string, publicUrl: string) {
  let snippet = row.snippet ?? '';
  // A headline without a highlighted word only repeats the start of the text.
  if (!snippet.includes('**')) snippet = '';
  if (snippet.length > SNIPPET_LENGTH) snippet = `${snippet.slice(0, SNIPPET_LENGTH - 1)}…`;
  return {
    kind: row.kind,
    id: row.id,
    url: itemUrl(publicUrl, row.kind, row.id),
    title: row.title,
    snippet,
    record_type: row.record_type,
    date: row.day ?? localDate(row.sort_at, zone),
    subject_id: row.subject_id,
    subject_name: row.subject_name,
  };
}

function isSearchSortKey(key: unknown[]): key is SearchSortKey {
  return (
    key.length === 4 &&
    (key[0] === 'words' || key[0] === 'similar') &&
    typeof key[1] === 'number' &&
    Number.isFinite(key[1]) &&
    isIsoInstant(key[2]) &&
    isUuid(key[3])
  );
}
