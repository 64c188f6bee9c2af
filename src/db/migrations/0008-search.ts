import type { Knex } from 'knex';

/**
 * Full-text search and the indexes the assistant's summaries read from.
 *
 * Each searchable table gets a stored `search_tsv` (English configuration, so word forms
 * meet: "vaccinations" and "vaccinated" both become `vaccin`), weighted so a title match
 * ranks above a match in the details, with a GIN index. For typos, `search_words` keeps
 * each user's vocabulary (every word of their titles, notes and names), kept up by
 * statement triggers; a misspelt word is corrected to its closest word there by trigram
 * similarity, so a typo costs a lookup in a vocabulary, not a comparison with every row.
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
  // Weights and measurements of one subject over time (trends, overview, reports); the
  // included columns let a trend aggregate from the index alone.
  await db.raw(
    `create index records_series_idx on records (user_id, subject_id, type, occurred_at desc, id desc)
     include (value, occurred_on, metric) where deleted_at is null`,
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
  // Records of a type in a period (reports), answered from the index alone.
  await db.raw(
    `create index records_type_time_idx on records (user_id, type, occurred_at, subject_id)
     where deleted_at is null`,
  );
  // Tasks completed in a period (reports).
  await db.raw(
    `create index tasks_completed_idx on tasks (user_id, completed_at)
     where completed_at is not null and deleted_at is null`,
  );

  await db.raw(
    `create table search_words (
       user_id uuid not null references users (id) on delete cascade,
       word text not null,
       primary key (user_id, word)
     )`,
  );
  await db.raw('create index search_words_trgm_idx on search_words using gin (word gin_trgm_ops)');
  for (const [table, text] of Object.entries(VOCABULARY_TEXT)) {
    await db.raw(
      `create function ${table}_search_words() returns trigger language plpgsql as $$
       begin
         insert into search_words (user_id, word)
         select distinct n.user_id, w.word from new_rows n
         cross join lateral unnest(tsvector_to_array(to_tsvector('simple', ${text}))) as w (word)
         where length(w.word) between 3 and 40 and w.word !~ '[0-9]'
         on conflict do nothing;
         return null;
       end $$`,
    );
    for (const event of ['insert', 'update']) {
      await db.raw(
        `create trigger ${table}_search_words_${event} after ${event} on ${table}
         referencing new table as new_rows for each statement execute function ${table}_search_words()`,
      );
    }
    await db.raw(
      `insert into search_words (user_id, word)
       select distinct n.user_id, w.word from ${table} n
       cross join lateral unnest(tsvector_to_array(to_tsvector('simple', ${text}))) as w (word)
       where length(w.word) between 3 and 40 and w.word !~ '[0-9]'
       on conflict do nothing`,
    );
  }
}

/** The words each table adds to its user's vocabulary (`n` is the row). */
const VOCABULARY_TEXT = {
  records: `n.title || ' ' || n.type || ' ' || coalesce(n.type_text, '') || ' ' || coalesce(n.details, '')`,
  tasks: `n.title || ' ' || coalesce(n.notes, '')`,
  subjects: `n.name || ' ' || coalesce(n.species, '') || ' ' || coalesce(n.breed, '') || ' ' || coalesce(n.notes, '')`,
};

export async function down(db: Knex): Promise<void> {
  for (const table of Object.keys(VOCABULARY_TEXT)) {
    await db.raw(`drop trigger if exists ${table}_search_words_insert on ${table}`);
    await db.raw(`drop trigger if exists ${table}_search_words_update on ${table}`);
    await db.raw(`drop function if exists ${table}_search_words()`);
  }
  await db.raw('drop table if exists search_words');
  await db.raw('drop index if exists records_type_time_idx');
  await db.raw('drop index if exists tasks_completed_idx');
  await db.raw('drop index if exists records_series_idx');
  await db.raw('drop index if exists records_symptom_idx');
  await db.schema.alterTable('records', (t) => {
    t.dropColumn('care_key');
    t.dropColumn('search_tsv');
  });
  for (const table of ['tasks', 'subjects']) {
    await db.schema.alterTable(table, (t) => t.dropColumn('search_tsv'));
  }
}
