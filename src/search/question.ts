import { rewritePhrases, synonymsOf } from './synonyms.ts';

/**
 * A search as words to match: every clause must match (AND), a clause matches when any
 * of its alternatives does (`or`, and the synonyms added when the query is built), and
 * no excluded word may match. Alternatives and exclusions are in websearch syntax (a
 * word, or a "quoted phrase"; exclusions with their leading `-`).
 */
export interface Question {
  clauses: string[][];
  excluded: string[];
}

/**
 * Words of a question that say how to ask, not what to find ("when was Max's last shot",
 * "show me", "how many times"). PostgreSQL's English stop words ("when", "did", "the",
 * "my") are already ignored by the full-text parser; these are not, and would make every
 * question miss, since all words must match.
 */
const ASKING_WORDS = new Set([
  'last',
  'latest',
  'recent',
  'recently',
  'ever',
  'time',
  'times',
  'happen',
  'happened',
  'show',
  'find',
  'list',
  'tell',
  'please',
  'get',
  'got',
  'much',
  'many',
  'long',
  'ago',
  'anything',
  'everything',
  'all',
  'any',
  'date',
  'day',
  'record',
  'records',
  'entry',
  'entries',
  'logged',
  'log',
  'due',
  'next',
  'see',
  'seen',
  'say',
  'said',
]);

/**
 * The commonest of PostgreSQL's English stop words, left out of the any-word reading only
 * so that `searched_for` reads "max or rabies", not "when or is or max or rabies".
 */
const STOP_WORDS = new Set(
  'a an the i me my we our you your he him his she her it its they them their is are was were be been has have had do does did when what which who how where why of for to in on at by and or with about this that'.split(
    ' ',
  ),
);

const TOKENS = /-?"[^"]*"?|\S+/g;

/** The bare word for lookups: lower case, without surrounding punctuation or "'s". */
export function bareWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/['’]s$/u, '');
}

/** Reads websearch syntax (`"phrase"`, `or`, `-word`) into clauses, dropping asking words. */
export function parseQuestion(text: string): Question {
  const clauses: string[][] = [];
  const excluded: string[] = [];
  let joinNext = false;
  for (const token of rewritePhrases(text).match(TOKENS) ?? []) {
    if (token.length > 1 && token.startsWith('-')) {
      excluded.push(token);
      continue;
    }
    if (token.toLowerCase() === 'or') {
      joinNext = clauses.length > 0;
      continue;
    }
    const last = clauses.at(-1);
    if (joinNext && last) last.push(token);
    else clauses.push([token]);
    joinNext = false;
  }
  const asking = (clause: string[]) =>
    clause.length === 1 &&
    !clause[0]?.startsWith('"') &&
    ASKING_WORDS.has(bareWord(clause[0] ?? ''));
  const kept = clauses.filter((clause) => !asking(clause));
  return { clauses: kept.length > 0 ? kept : clauses, excluded };
}

/** The clause's alternatives with their synonyms, as one websearch text ("shot or jab …"). */
export function clauseText(clause: readonly string[]): string {
  const words = new Set<string>();
  for (const alternative of clause) {
    words.add(alternative);
    if (!alternative.startsWith('"'))
      for (const s of synonymsOf(bareWord(alternative))) words.add(s);
  }
  return [...words].join(' or ');
}

/** Every alternative of every clause accepted on its own: the loosest reading. */
export function anyClause(question: Question): Question {
  const words = question.clauses.flat();
  const kept = words.filter((word) => !STOP_WORDS.has(bareWord(word)));
  return { clauses: [kept.length > 0 ? kept : words], excluded: question.excluded };
}

/** The question as the user could type it back ("vaccination -rabies", "luna or flea"). */
export function questionText(question: Question): string {
  return [...question.clauses.map((clause) => clause.join(' or ')), ...question.excluded].join(' ');
}
