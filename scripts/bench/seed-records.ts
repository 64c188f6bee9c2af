import type { Db } from '../../src/db/connect.ts';
import { insertSubject } from '../../src/subjects/queries.ts';

const PETS = [
  ['Luna', 'cat'],
  ['Max', 'dog'],
  ['Bella', 'dog'],
  ['Oscar', 'cat'],
  ['Pip', 'rabbit'],
  ['Coco', 'bird'],
] as const;

/** Records are spread over this many days before the bench's clock. */
export const RECORD_SPAN_DAYS = 3 * 365;

// Deterministic choices from the row number: (i * a large prime) mod n spreads rows over
// the choices evenly without a random generator, so every run seeds the same log.
const pick = (list: readonly string[], prime: number) =>
  `(array[${list.map((item) => `'${item.replace(/'/g, "''")}'`).join(', ')}])[1 + ((i * ${prime}) % ${list.length})]`;

const VACCINES = [
  'Rabies',
  'FVRCP booster',
  'Leptospirosis',
  'Flu shot',
  'Tetanus',
  'Kennel cough',
];
const MEDICINES = [
  'Bravecto (flea and tick)',
  'Milbemax (dewormer)',
  'Ibuprofen',
  'Antibiotics',
  'Eye drops',
];
const SYMPTOMS = [
  'Vomited a hairball',
  'Limping on the left front leg',
  'Headache',
  'Sore throat',
  'Sneezing',
  'Scratching the ears',
  'Not eating much',
  'Diarrhea',
  'Coughing at night',
  'Itchy skin',
  'Tired all day',
  'Red eye',
];
const VISITS = [
  'Annual check-up',
  'Vet: limping',
  'Dentist',
  'Vet: vaccinations',
  'Doctor: checkup',
];
const NOTE_START = ['Loves', 'Hates', 'Ignores', 'Found', 'Tried', 'Bought', 'Started', 'Stopped'];
const NOTE_END = [
  'the new window perch',
  'the blue ball',
  'grain-free food',
  'the garden hose',
  'long walks by the river',
  'the vacuum cleaner',
  'a new brush',
  'the neighbour’s cat',
  'sleeping on the sofa',
  'the evening walk',
];
const DETAILS = [
  'Twice in one evening, ate normally after.',
  'Sprain. Rest for a week, no stairs.',
  'All fine; teeth need watching.',
  'Since the evening before; better after ibuprofen.',
  'The vet said to watch it for a few days and call if it gets worse.',
  'Given with food in the morning.',
  'Weighed at home on the bathroom scale.',
];

/**
 * One user's care log for the at-scale bench: six pets and a partner besides the user,
 * `count` records over three years (a third weights; shots and medicines with next due
 * dates; symptoms, visits, measurements, notes) written in one INSERT … SELECT from
 * generate_series, so 100,000 rows take seconds rather than 100,000 requests. Rows are
 * stored in the order they happened, as a log kept day by day is: how closely the table
 * follows the date index decides what a walk of that index costs.
 */
export async function seedRecords(
  db: Db,
  userId: string,
  count: number,
  zone: string,
  now: Date,
): Promise<string[]> {
  const self = await db('subjects').where({ user_id: userId, is_self: true }).first('id');
  const ids: string[] = [self.id];
  const none = { breed: null, sex: 'unknown' as const, notes: null, birth_year: null };
  const birthday = { birth_month: null, birth_day: null, birthday_precision: null };
  const partner = await insertSubject(
    db,
    userId,
    { name: 'Sam', kind: 'person', species: null, ...none, ...birthday },
    now,
  );
  ids.push(partner.id);
  for (const [name, species] of PETS) {
    const row = await insertSubject(
      db,
      userId,
      { name, kind: 'pet', species, ...none, ...birthday },
      now,
    );
    ids.push(row.id);
  }

  const roll = '((i * 7919) % 100)';
  const type = `case when ${roll} < 34 then 'weight' when ${roll} < 42 then 'vaccination'
    when ${roll} < 52 then 'medication' when ${roll} < 66 then 'symptom' when ${roll} < 74 then 'visit'
    when ${roll} < 80 then 'measurement' when ${roll} < 95 then 'note' else 'other' end`;
  await db.raw(
    `insert into records (user_id, subject_id, type, title, details, tags, occurred_at, occurred_on,
       occurred_date_only, value, unit, metric, value_text, next_due, next_due_text, created_at, updated_at)
     select ?, subject_id, type,
       case type when 'weight' then 'Weight' when 'vaccination' then ${pick(VACCINES, 31)}
         when 'medication' then ${pick(MEDICINES, 37)} when 'symptom' then ${pick(SYMPTOMS, 41)}
         when 'visit' then ${pick(VISITS, 43)} when 'measurement' then 'Temperature'
         when 'note' then ${pick(NOTE_START, 47)} || ' ' || ${pick(NOTE_END, 53)} else 'Grooming' end,
       case when i % 3 = 0 and type <> 'weight' then ${pick(DETAILS, 59)} end,
       case when type in ('vaccination', 'visit') then array['vet'] else '{}' end,
       occurred_at, (occurred_at at time zone ?)::date, false,
       case type when 'weight' then 4 + (i % 8) * 3 + ((i * 61) % 100) / 100.0
         when 'measurement' then 37.5 + ((i * 67) % 20) / 10.0 end,
       case type when 'weight' then 'kg' when 'measurement' then '°C' end,
       case type when 'weight' then 'weight' when 'measurement' then 'temperature' end,
       null,
       case type when 'vaccination' then ((occurred_at at time zone ?)::date + interval '1 year')::date
         when 'medication' then ((occurred_at at time zone ?)::date + interval '3 months')::date end,
       null, occurred_at, occurred_at
     from (
       select i, (?::uuid[])[1 + (i % ?)] as subject_id, ${type} as type,
         ?::timestamptz - make_interval(mins => ((i::bigint * 104729) % (? * 1440))::int) as occurred_at
       from generate_series(1, ?) as i
     ) g
     order by occurred_at`,
    [userId, zone, zone, zone, ids, ids.length, now, RECORD_SPAN_DAYS, count],
  );
  // As autovacuum would on a live database: statistics for the planner, the GIN pending
  // list merged into the index, and the visibility map set for index-only scans.
  await db.raw('vacuum (analyze) records');
  await db.raw('vacuum (analyze) subjects');
  return ids;
}
