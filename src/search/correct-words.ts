import type { Db } from '../db/connect.ts';
import { bareWord, type Question } from './question.ts';
import { SYNONYM_WORDS } from './synonyms.ts';

/**
 * The question with each word replaced by the closest word of the user's vocabulary
 * (`search_words`, kept by triggers from titles, notes, names and tags) or of Tend's own
 * words for things (synonyms.ts), by trigram similarity: "vacination" becomes
 * "vaccination", "Lunna" "luna", "vacine" "vaccine". A word already known stays; one with
 * nothing close stays too, and so do English stop words ("when", "did"), which the
 * search ignores anyway and which would otherwise be "corrected" into real words.
 * Undefined when nothing changed, since the search as written already found nothing.
 * Exclusions stay as written: "similar to an excluded word" means nothing.
 */
export async function correctWords(
  db: Db,
  userId: string,
  question: Question,
): Promise<Question | undefined> {
  const split = (alternative: string) =>
    alternative
      .replace(/"/g, ' ')
      .split(/\s+/)
      .map(bareWord)
      .filter((word) => word !== '');
  const asked = [...new Set(question.clauses.flat().flatMap(split))];
  if (asked.length === 0) return undefined;
  const { rows } = await db.raw(
    `select q.word, case when to_tsvector('english', q.word) <> ''::tsvector then (
       select w.word from (
         select word from search_words where user_id = ?
         union all select unnest(?::text[])
       ) w
       where w.word % q.word
       order by similarity(w.word, q.word) desc, w.word limit 1
     ) end as best
     from unnest(?::text[]) as q (word)`,
    [userId, SYNONYM_WORDS as string[], asked],
  );
  const best = new Map<string, string>();
  for (const row of rows as { word: string; best: string | null }[]) {
    if (row.best !== null && row.best !== row.word) best.set(row.word, row.best);
  }
  if (best.size === 0) return undefined;
  const fix = (alternative: string) => {
    const words = split(alternative).map((word) => best.get(word) ?? word);
    return alternative.startsWith('"') ? `"${words.join(' ')}"` : words.join(' ');
  };
  return {
    clauses: question.clauses.map((clause) => clause.map(fix)),
    excluded: question.excluded,
  };
}
