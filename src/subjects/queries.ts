import type { Db } from '../db/connect.ts';
import { nameKey } from './name-key.ts';
import type { Species } from './normalize-species.ts';
import type { SubjectRow } from './serialize.ts';

export const SUBJECT_COLUMNS = [
  'id',
  'name',
  'name_key',
  'kind',
  'is_self',
  'species',
  'breed',
  'sex',
  'birth_year',
  'birth_month',
  'birth_day',
  'birthday_precision',
  'notes',
  'archived_at',
  'created_at',
  'updated_at',
] as const;

/** The keyset of the list order: name (as compared), then id. */
export type SubjectSortKey = [nameKey: string, id: string];

export function subjectSortKey(row: SubjectRow): SubjectSortKey {
  return [row.name_key, row.id];
}

export interface SubjectFilter {
  kind?: SubjectRow['kind'];
  species?: Species;
  includeArchived: boolean;
  after?: SubjectSortKey;
}

export async function listSubjects(
  db: Db,
  userId: string,
  filter: SubjectFilter,
  limit: number,
): Promise<SubjectRow[]> {
  const query = db('subjects').select(SUBJECT_COLUMNS).where('user_id', userId);
  if (!filter.includeArchived) query.whereNull('archived_at');
  if (filter.kind) query.where('kind', filter.kind);
  if (filter.species) query.where('species', filter.species);
  if (filter.after) {
    query.whereRaw('(name_key, id) > (?, ?::uuid)', filter.after);
  }
  return query.orderBy(['name_key', 'id']).limit(limit);
}

export async function getSubject(
  db: Db,
  userId: string,
  id: string,
): Promise<SubjectRow | undefined> {
  return db('subjects').select(SUBJECT_COLUMNS).where({ user_id: userId, id }).first();
}

export async function getSelfSubject(db: Db, userId: string): Promise<SubjectRow> {
  return db('subjects').select(SUBJECT_COLUMNS).where({ user_id: userId, is_self: true }).first();
}

/** Active subjects whose name is the same as this one, as names are compared. */
export async function subjectsNamed(db: Db, userId: string, name: string): Promise<SubjectRow[]> {
  return db('subjects')
    .select(SUBJECT_COLUMNS)
    .where({ user_id: userId, name_key: nameKey(name) })
    .whereNull('archived_at')
    .orderBy('created_at');
}

export type MatchKind = 'exact' | 'prefix' | 'similar' | 'species';
export interface SubjectMatchRow extends SubjectRow {
  match: MatchKind;
  similarity: number;
}

/** Below this trigram similarity a name is not offered as a candidate. */
export const SIMILARITY_THRESHOLD = 0.3;
const WORD_SIMILARITY_THRESHOLD = 0.6;

/**
 * Active subjects a name (and/or species) could mean, best first: exact names, then names
 * starting with it, then close spellings by pg_trgm similarity (typos, other word order).
 */
export async function searchSubjects(
  db: Db,
  userId: string,
  search: { name?: string; species?: Species },
  limit: number,
): Promise<SubjectMatchRow[]> {
  const query = db('subjects')
    .select(SUBJECT_COLUMNS)
    .where('user_id', userId)
    .whereNull('archived_at');
  if (search.species) query.where('species', search.species);
  if (search.name === undefined) {
    query.select(db.raw(`'species' as match, 0::float8 as similarity`));
    return query.orderBy(['name_key', 'id']).limit(limit);
  }
  const key = nameKey(search.name);
  const prefix = `${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  query
    .select(
      db.raw(
        `case when name_key = ? then 'exact' when name_key like ? then 'prefix' else 'similar' end as match`,
        [key, prefix],
      ),
      db.raw(
        'greatest(similarity(name_key, ?), word_similarity(?, name_key))::float8 as similarity',
        [key, key],
      ),
    )
    .where((w) =>
      w
        .where('name_key', key)
        .orWhere('name_key', 'like', prefix)
        .orWhereRaw('similarity(name_key, ?) >= ?', [key, SIMILARITY_THRESHOLD])
        .orWhereRaw('word_similarity(?, name_key) >= ?', [key, WORD_SIMILARITY_THRESHOLD]),
    );
  return query
    .orderByRaw(
      `case when name_key = ? then 0 when name_key like ? then 1 else 2 end,
       greatest(similarity(name_key, ?), word_similarity(?, name_key)) desc, name_key, id`,
      [key, prefix, key, key],
    )
    .limit(limit);
}

export type NewSubject = Omit<
  SubjectRow,
  'id' | 'name_key' | 'is_self' | 'archived_at' | 'created_at' | 'updated_at'
>;

export async function insertSubject(
  db: Db,
  userId: string,
  subject: NewSubject & { is_self?: boolean },
  now: Date,
): Promise<SubjectRow> {
  const [row] = await db('subjects')
    .insert({
      ...subject,
      name_key: nameKey(subject.name),
      user_id: userId,
      created_at: now,
      updated_at: now,
    })
    .returning(SUBJECT_COLUMNS);
  return row;
}

/** The subject every user has for themself, a person under their display name. */
export async function insertSelfSubject(
  db: Db,
  userId: string,
  name: string,
  now: Date,
): Promise<SubjectRow> {
  return insertSubject(
    db,
    userId,
    {
      name,
      kind: 'person',
      is_self: true,
      species: null,
      breed: null,
      sex: 'unknown',
      birth_year: null,
      birth_month: null,
      birth_day: null,
      birthday_precision: null,
      notes: null,
    },
    now,
  );
}

export type SubjectChanges = Partial<NewSubject>;

export async function updateSubject(
  db: Db,
  userId: string,
  id: string,
  changes: SubjectChanges,
  now: Date,
): Promise<SubjectRow | undefined> {
  const [row] = await db('subjects')
    .where({ user_id: userId, id })
    .update({
      ...changes,
      ...(changes.name !== undefined && { name_key: nameKey(changes.name) }),
      updated_at: now,
    })
    .returning(SUBJECT_COLUMNS);
  return row;
}

/** Archives a subject: it leaves lists and searches; its records stay. */
export async function archiveSubject(
  db: Db,
  userId: string,
  id: string,
  now: Date,
): Promise<SubjectRow | undefined> {
  const [row] = await db('subjects')
    .where({ user_id: userId, id })
    .update({ archived_at: db.raw('coalesce(archived_at, ?)', [now]), updated_at: now })
    .returning(SUBJECT_COLUMNS);
  return row;
}

/** The names of the user's subjects with these ids (archived ones too). */
export async function subjectNames(
  db: Db,
  userId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; name: string }[] = await db('subjects')
    .select('id', 'name')
    .where('user_id', userId)
    .whereIn('id', [...new Set(ids)]);
  return new Map(rows.map((row) => [row.id, row.name]));
}
