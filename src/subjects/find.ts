import type { Db } from '../db/connect.ts';
import { nameKey } from './name-key.ts';
import type { Species } from './normalize-species.ts';
import * as queries from './queries.ts';

// What people call themselves when they talk to an assistant.
const SELF_WORDS = new Set(['me', 'myself', 'i', 'self', 'moi']);

/** The candidates a name and/or species could mean, best first; "me" is the user. */
export async function findSubjectCandidates(
  db: Db,
  userId: string,
  search: { name?: string | undefined; species?: Species | undefined },
  limit: number,
): Promise<queries.SubjectMatchRow[]> {
  if (search.name !== undefined && SELF_WORDS.has(nameKey(search.name))) {
    const self = await queries.getSelfSubject(db, userId);
    return [{ ...self, match: 'exact', similarity: 1 }];
  }
  return queries.searchSubjects(
    db,
    userId,
    {
      ...(search.name !== undefined && { name: search.name }),
      ...(search.species && { species: search.species }),
    },
    limit,
  );
}
