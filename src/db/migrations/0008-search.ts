import type { Knex } from 'knex';

/**
 * Full-text search and the indexes the assistant's summaries read from.
 *
 * Each searchable table gets a stored `search_tsv` (English configuration, so word forms
 * meet: "vaccinations" and "vaccinated" both become `vaccin`), weighted so a title match
 * ranks above a match in the details, with a GIN index; typos fall back to trigram
 * similarity on titles, so those get a trigram GIN index too.
 */
export async function up(db: Knex): Promise<void> {
  await db.raw(
    `alter table records add column search_tsv tsvector generated always as (
       setweight(to_tsvector('english', title), 'A') ||
       setweight(to_tsvector('english', type || ' ' || coalesce(type_text, '') || ' ' || coalesce(metric, '')), 'B') ||
       setweight(to_tsvector('english', coalesce(details, '')), 'C')
     ) stored`,
  );
  await db.raw(
    `alter table tasks add column search_tsv tsvector generated always as (
       setweight(to_tsvector('english', title), 'A') ||
       setweight(to_tsvector('english', coalesce(notes, '')), 'C')
     ) stored`,
  );
  await db.raw(
    `alter table subjects add column search_tsv tsvector generated always as (
       setweight(to_tsvector('english', name), 'A') ||
       setweight(to_tsvector('english', coalesce(species, '') || ' ' || coalesce(breed, '')), 'B') ||
       setweight(to_tsvector('english', coalesce(notes, '')), 'C')
     ) stored`,
  );
  for (const table of ['records', 'tasks', 'subjects']) {
    await db.raw(`create index ${table}_search_idx on ${table} using gin (search_tsv)`);
  }
  // The type joins the title so that "vacination" finds a shot titled "Rabies".
  await db.raw(
    `create index records_title_trgm_idx on records using gin ((title || ' ' || type) gin_trgm_ops)`,
  );
  await db.raw('create index tasks_title_trgm_idx on tasks using gin (title gin_trgm_ops)');

  // Weights and measurements of one subject over time (trends, overview, reports).
  await db.raw(
    `create index records_series_idx on records (user_id, subject_id, type, occurred_at desc, id desc)
     where deleted_at is null`,
  );
  // What is due: the latest record of each vaccination or medication, found group by
  // group (a loose index scan) instead of reading every dose ever given.
  await db.raw(
    `alter table records add column care_key text generated always as (
       case when type in ('vaccination', 'medication') then lower(title) end
     ) stored`,
  );
  await db.raw(
    `create index records_care_idx on records (user_id, subject_id, care_key, occurred_at desc, id desc)
     where care_key is not null and deleted_at is null`,
  );
  // Whether a symptom is new or no longer recorded (reports): one probe per symptom.
  await db.raw(
    `create index records_symptom_idx on records (user_id, subject_id, lower(title), occurred_at desc)
     where type = 'symptom' and deleted_at is null`,
  );
  // Tasks completed in a period (reports).
  await db.raw(
    `create index tasks_completed_idx on tasks (user_id, completed_at)
     where completed_at is not null and deleted_at is null`,
  );
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop index if exists tasks_completed_idx');
  await db.raw('drop index if exists records_series_idx');
  await db.raw('drop index if exists records_symptom_idx');
  await db.raw('drop index if exists records_title_trgm_idx');
  await db.raw('drop index if exists tasks_title_trgm_idx');
  await db.schema.alterTable('records', (t) => {
    t.dropColumn('care_key');
    t.dropColumn('search_tsv');
  });
  for (const table of ['tasks', 'subjects']) {
    await db.schema.alterTable(table, (t) => t.dropColumn('search_tsv'));
  }
}
