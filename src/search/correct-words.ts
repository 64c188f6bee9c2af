import type { Db } from '../db/connect.ts';

/**
 * The query with each word replaced by the closest word of the user's vocabulary
 * (`search_words`, kept by triggers from titles, notes and names) by trigram similarity:
 * "vacination" becomes "vaccination", "Lunna" "luna". A word already in the vocabulary
 * stays; one with nothing close stays too. Undefined when nothing changed, since the
 * search as written already found nothing.
 */
export async function correctWords(
  db: Db,
  userId: string,
  words: string,
): Promise<string | undefined> {
  const asked = words.toLowerCase().split(/\s+/).filter(Boolean);
  if (asked.length === 0) return undefined;
  const { rows } = await db.raw(
    `select q.word, (
       select w.word from search_words w
       where w.user_id = ? and w.word % q.word
       order by similarity(w.word, q.word) desc, w.word limit 1
     ) as best
     from unnest(?::text[]) with ordinality as q (word, n) order by q.n`,
    [userId, asked],
  );
  const corrected = (rows as { word: string; best: string | null }[]).map(
    (row) => row.best ?? row.word,
  );
  return corrected.join(' ') === asked.join(' ') ? undefined : corrected.join(' ');
}
