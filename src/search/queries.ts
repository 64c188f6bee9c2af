import type { Knex } from 'knex';
import type { Db } from '../db/connect.ts';
import type { RecordType } from '../records/normalize-type.ts';
import type { SearchKinds } from './kinds.ts';
import { clauseText, type Question } from './question.ts';

/**
 * Each kind ranks only its newest matches, at most this many: a common word in a large
 * log then costs a bounded walk of the date index rather than ranking every row that
 * holds it. For a household's log that is every match.
 */
export const CANDIDATES_PER_KIND = 200;

/**
 * `words`: the user's words as written (every one must match); `similar`: misspelt words
 * first corrected to the closest words of the user's vocabulary (see correct-words.ts);
 * `any`: any one of the words matches, the more the better.
 */
export type SearchMode = 'words' | 'similar' | 'any';

/** The keyset of the result order: rank, then date, then id, all descending. */
export type SearchSortKey = [mode: SearchMode, rank: number, sortAt: string, id: string];

export interface SearchFilter {
  /** The words to look for. */
  question: Question;
  kinds: SearchKinds;
  subjectId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  after?: SearchSortKey | undefined;
}

export interface SearchRow {
  kind: 'task' | 'record' | 'subject';
  id: string;
  title: string;
  record_type: RecordType | null;
  sort_at: Date;
  /** The stored local day of a record; null for tasks and subjects. */
  day: string | null;
  subject_id: string | null;
  subject_name: string | null;
  rank: number;
  snippet: string | null;
}

const WEBSEARCH = `websearch_to_tsquery('english', ?)`;

/**
 * The question as one tsquery: each clause (its alternatives and their synonyms joined by
 * `or`) parsed by websearch_to_tsquery and the clauses joined with `&&`, since websearch
 * syntax has no parentheses. A clause of stop words parses to an empty query, which `&&`
 * ignores. Constant, so PostgreSQL folds it once and the GIN index answers `@@`.
 */
function tsquery(
  question: Question,
  { excluding = true } = {},
): { sql: string; bindings: string[] } {
  const texts = question.clauses.map(clauseText);
  if (excluding && question.excluded.length > 0) texts.push(question.excluded.join(' '));
  if (texts.length === 0) texts.push('');
  return { sql: `(${texts.map(() => WEBSEARCH).join(' && ')})`, bindings: texts };
}
const HEADLINE_OPTIONS =
  'StartSel=**, StopSel=**, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "';

class Sql {
  readonly parts: string[] = [];
  readonly bindings: Knex.RawBinding[] = [];
  add(text: string, ...values: Knex.RawBinding[]): this {
    this.parts.push(text);
    this.bindings.push(...values);
    return this;
  }
}

/** One kind's candidates: its newest matches, ranked. */
function candidates(
  sql: Sql,
  userId: string,
  filter: SearchFilter,
  kind: {
    name: SearchRow['kind'];
    table: string;
    select: string;
    sortAt: string;
  },
  where: (sql: Sql) => void,
): void {
  const q = tsquery(filter.question);
  // Excluded words say what not to find, not how well a hit matches: rank without them
  // (ts_rank scores a query holding `!word` unevenly).
  const ranked = tsquery(filter.question, { excluding: false });
  sql.add(`(select '${kind.name}'::text as kind, ${kind.select}, ${kind.sortAt} as sort_at, `);
  sql.add(`ts_rank(search_tsv, ${ranked.sql})::float8 as rank`, ...ranked.bindings);
  sql.add(` from ${kind.table} where user_id = ?`, userId);
  sql.add(` and search_tsv @@ ${q.sql}`, ...q.bindings);
  where(sql);
  if (filter.from) sql.add(` and ${kind.sortAt} >= ?`, filter.from);
  if (filter.to) sql.add(` and ${kind.sortAt} < ?`, filter.to);
  sql.add(` order by ${kind.sortAt} desc, id desc limit ${CANDIDATES_PER_KIND})`);
}

/**
 * One page of matches across tasks, records and subjects, best first. Values travel only
 * as bindings (docs/security.md R12); the SQL text is built from constants.
 */
export async function searchPage(
  db: Db,
  userId: string,
  filter: SearchFilter,
  limit: number,
): Promise<SearchRow[]> {
  const archived = `(select id from subjects where user_id = ? and archived_at is not null)`;
  const { kinds } = filter;

  const sql = new Sql();
  sql.add('with hits as (');
  const branches: ((sql: Sql) => void)[] = [];
  if (kinds.recordTypes.length > 0) {
    branches.push((s) =>
      candidates(
        s,
        userId,
        filter,
        {
          name: 'record',
          table: 'records',
          select:
            'id, title, details as body, type as record_type, occurred_on::text as day, subject_id',
          sortAt: 'occurred_at',
        },
        (w) => {
          w.add(' and deleted_at is null');
          if (kinds.recordTypes.length < 8) w.add(' and type = any(?::text[])', kinds.recordTypes);
          if (filter.subjectId) w.add(' and subject_id = ?', filter.subjectId);
          else w.add(` and subject_id not in ${archived}`, userId);
        },
      ),
    );
  }
  if (kinds.tasks) {
    branches.push((s) =>
      candidates(
        s,
        userId,
        filter,
        {
          name: 'task',
          table: 'tasks',
          select:
            'id, title, notes as body, null::text as record_type, null::text as day, subject_id',
          sortAt: 'coalesce(due_at, created_at)',
        },
        (w) => {
          w.add(' and deleted_at is null');
          if (filter.subjectId) w.add(' and subject_id = ?', filter.subjectId);
        },
      ),
    );
  }
  if (kinds.subjects) {
    branches.push((s) =>
      candidates(
        s,
        userId,
        filter,
        {
          name: 'subject',
          table: 'subjects',
          select:
            'id, name as title, notes as body, null::text as record_type, null::text as day, id as subject_id',
          sortAt: 'created_at',
        },
        (w) => {
          if (filter.subjectId) w.add(' and id = ?', filter.subjectId);
          else w.add(' and archived_at is null');
        },
      ),
    );
  }
  branches.forEach((branch, i) => {
    if (i > 0) sql.add(' union all ');
    branch(sql);
  });
  sql.add(')');
  const q = tsquery(filter.question, { excluding: false });
  const snippet = `ts_headline('english', coalesce(h.body, ''), ${q.sql}, '${HEADLINE_OPTIONS}')`;
  sql.add(
    ` select h.kind, h.id, h.title, h.record_type, h.sort_at, h.day, h.subject_id, h.rank, s.name as subject_name, ${snippet} as snippet`,
    ...q.bindings,
  );
  sql.add(' from (select * from hits');
  if (filter.after) {
    const [, afterRank, afterAt, afterId] = filter.after;
    sql.add(
      ' where (rank, sort_at, id) < (?::float8, ?::timestamptz, ?::uuid)',
      afterRank,
      afterAt,
      afterId,
    );
  }
  sql.add(' order by rank desc, sort_at desc, id desc limit ?) h', limit);
  sql.add(' left join subjects s on s.id = h.subject_id');
  sql.add(' order by h.rank desc, h.sort_at desc, h.id desc');
  const { rows } = await db.raw(sql.parts.join(''), sql.bindings);
  return rows;
}
