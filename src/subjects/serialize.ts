import type { components } from '../../generated/openapi.ts';
import { formatInZone, localDate } from '../dates/zone.ts';
import { describeAge, nextBirthday } from './describe-age.ts';
import type { Birthday } from './normalize-birthday.ts';

export type Subject = components['schemas']['Subject'];

export interface SubjectRow extends Birthday {
  id: string;
  name: string;
  name_key: string;
  kind: Subject['kind'];
  is_self: boolean;
  species: Subject['species'];
  breed: string | null;
  sex: Subject['sex'];
  notes: string | null;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function serializeSubject(row: SubjectRow, zone: string, now: Date): Subject {
  const today = localDate(now, zone);
  const { birth_year: year, birth_month: month, birth_day: day } = row;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    is_self: row.is_self,
    species: row.species,
    breed: row.breed,
    sex: row.sex,
    birth_date:
      row.birthday_precision === 'day' && year && month && day
        ? `${year}-${pad(month)}-${pad(day)}`
        : null,
    birth_month:
      row.birthday_precision !== 'year' && year && month ? `${year}-${pad(month)}` : null,
    birth_year: year,
    birthday_precision: row.birthday_precision,
    age_text: describeAge(row, today),
    next_birthday: nextBirthday(row, today),
    notes: row.notes,
    archived: row.archived_at !== null,
    created_at: formatInZone(row.created_at, zone),
    updated_at: formatInZone(row.updated_at, zone),
  };
}
