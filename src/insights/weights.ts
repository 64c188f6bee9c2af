import type { components } from '../../generated/openapi.ts';
import type { Db } from '../db/connect.ts';

export type SubjectStatus = components['schemas']['SubjectStatus'];
type Reading = components['schemas']['Reading'];

/** At most this many subjects in an overview. */
export const OVERVIEW_SUBJECTS_LIMIT = 50;

/**
 * A lateral probe of one subject's weights, newest first, within [notBefore, notAfter]:
 * each is one descent of records_series_idx.
 */
const weightAt = (alias: string, bounded: boolean) => `left join lateral (
    select id, value, unit, occurred_on from records r
    where r.user_id = ? and r.subject_id = s.id and r.type = 'weight' and r.deleted_at is null
      and r.value is not null ${bounded ? 'and r.occurred_at <= ? and r.occurred_at >= ?' : ''}
    order by r.occurred_at desc, r.id desc limit 1
  ) ${alias} on true`;

const reading = (alias: string) =>
  `${alias}.id as ${alias}_id, ${alias}.value as ${alias}_value, ${alias}.unit as ${alias}_unit, ${alias}.occurred_on::text as ${alias}_day`;

/**
 * The active subjects (or one) with their latest weight and its change since the last
 * weight taken 30–60 and 90–180 days ago; the differences are taken by the database, in
 * exact decimals.
 */
export async function subjectWeights(
  db: Db,
  userId: string,
  options: { subjectId?: string | undefined; ago30: Date; ago60: Date; ago90: Date; ago180: Date },
): Promise<SubjectStatus[]> {
  const { rows } = await db.raw(
    `select s.id, s.name, s.kind, s.species, ${reading('l')}, ${reading('a')}, ${reading('b')},
       l.value - a.value as change_a, l.value - b.value as change_b
     from subjects s
     ${weightAt('l', false)}
     ${weightAt('a', true)}
     ${weightAt('b', true)}
     where s.user_id = ? ${options.subjectId ? 'and s.id = ?' : 'and s.archived_at is null'}
     order by s.is_self desc, s.name_key, s.id
     limit ${OVERVIEW_SUBJECTS_LIMIT}`,
    [
      userId,
      userId,
      options.ago30,
      options.ago60,
      userId,
      options.ago90,
      options.ago180,
      userId,
      ...(options.subjectId ? [options.subjectId] : []),
    ],
  );
  return rows.map((row: Record<string, unknown>) => {
    const latest = readingOf(row, 'l');
    const change = (alias: 'a' | 'b') => {
      const since = readingOf(row, alias);
      return latest && since ? { change: Number(row[`change_${alias}`]), since } : null;
    };
    return {
      id: row.id as string,
      name: row.name as string,
      kind: row.kind as SubjectStatus['kind'],
      species: row.species as SubjectStatus['species'],
      latest_weight: latest,
      change_30_days: change('a'),
      change_90_days: change('b'),
    };
  });
}

function readingOf(row: Record<string, unknown>, alias: string): Reading | null {
  if (row[`${alias}_id`] == null) return null;
  return {
    // PGlite hands numeric over as text; node-pg as a number (see db/connect.ts).
    value: Number(row[`${alias}_value`]),
    unit: row[`${alias}_unit`] as string | null,
    date: row[`${alias}_day`] as string,
    record_id: row[`${alias}_id`] as string,
  };
}
