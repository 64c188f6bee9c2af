import type { Handlers } from '../contract/handler-types.ts';
import { filterInstant } from '../dates/filter-instant.ts';
import { localDate } from '../dates/zone.ts';
import { itemUrl } from '../items/item-url.ts';
import { decodeCursor, encodeCursor, isIsoInstant, isUuid } from '../paging/cursor.ts';
import { PAGE_CHARACTER_BUDGET } from '../paging/page.ts';
import { correctWords } from './correct-words.ts';
import { searchKinds } from './kinds.ts';
import { type SearchMode, type SearchRow, type SearchSortKey, searchPage } from './queries.ts';
import { anyClause, parseQuestion, type Question, questionText } from './question.ts';
import { readTimePhrase } from './time-phrase.ts';

type SearchHit = ReturnType<typeof serializeHit>;

/** Snippets are cut to this many characters. */
export const SNIPPET_LENGTH = 200;

export const searchHandlers: Pick<Handlers, 'search'> = {
  async search({ query }, ctx) {
    const limit = query.limit ?? 20;
    const types = query.types === undefined ? undefined : [query.types].flat();
    const after = query.cursor ? decodeCursor(query.cursor, isSearchSortKey) : undefined;
    // "vet visits last month": the time phrase filters by date rather than being searched
    // for as words. Dates given as from/to win; the phrase is still no word to match.
    const phrase = readTimePhrase(query.q, ctx.now(), ctx.timezone);
    const period = query.from !== undefined || query.to !== undefined ? null : phrase.period;
    const from = query.from ?? period?.from;
    const to = query.to ?? period?.to;
    const filter = {
      kinds: searchKinds(types, ctx.principal),
      subjectId: query.subject_id,
      from: from ? filterInstant(from, ctx.timezone, 'start') : undefined,
      to: to ? filterInstant(to, ctx.timezone, 'end') : undefined,
      after,
    };
    const asked = parseQuestion(phrase.text);
    const run = (question: Question) =>
      searchPage(ctx.db, ctx.userId, { ...filter, question }, limit + 1);
    let corrected: Promise<Question | undefined> | undefined;
    const correct = () => {
      corrected ??= correctWords(ctx.db, ctx.userId, asked);
      return corrected;
    };
    // Ever looser until something matches: every word as written; every word with its
    // spelling corrected against the user's own words; any of the words, the more the
    // better. A later page repeats its first page's reading (the mode is in the cursor).
    const readings: [SearchMode, () => Promise<Question | undefined>][] = [
      ['words', async () => asked],
      ['similar', correct],
      [
        'any',
        async () => {
          const words = (await correct()) ?? asked;
          return words.clauses.length > 1 ? anyClause(words) : undefined;
        },
      ],
    ];
    let mode: SearchMode = after?.[0] ?? 'words';
    let searched: Question | undefined;
    let rows: SearchRow[] = [];
    for (const [name, reading] of after ? readings.filter(([m]) => m === mode) : readings) {
      searched = await reading();
      if (searched === undefined) continue;
      mode = name;
      rows = await run(searched);
      if (rows.length > 0) break;
    }
    // Nothing under any reading: say so plainly rather than name the loosest one.
    if (rows.length === 0 && !after) mode = 'words';
    const searchedFor = mode !== 'words' && searched ? questionText(searched) : null;
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
        fuzzy: mode !== 'words',
        searched_for: searchedFor,
        period,
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
    (key[0] === 'words' || key[0] === 'similar' || key[0] === 'any') &&
    typeof key[1] === 'number' &&
    Number.isFinite(key[1]) &&
    isIsoInstant(key[2]) &&
    isUuid(key[3])
  );
}
