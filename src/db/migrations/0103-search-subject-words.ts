import type { Knex } from 'knex';

/**
 * The name of the person or pet a record or task is about, and its tags, become words of
 * its `search_tsv`, so "Luna vomited" finds Luna's "Vomited a hairball" and "vet" finds
 * what is tagged vet.
 *
 * Why a column kept by triggers: a generated column cannot read another table (the
 * subject's name), and resolving names in the query would turn one GIN-indexed tsquery
 * into a mix of tsquery and subject_id conditions that rank cannot weigh. So `search_tsv`
 * stops being generated and is written by a BEFORE trigger from the row and its subject's
 * name; renaming a subject rewrites the vectors of its records and tasks (a rename is
 * rare, a search is not). The name and tags weigh B, like the type: a record about Luna
 * ranks above one merely naming Luna in its details (C); a title (A) stays first.
 *
 * The words for a type ("shot", "jab" for a vaccination) are not stored: the query adds
 * them (src/search/synonyms.ts), so a better word list needs no rewrite of every row.
 */
export async function up(db: Knex): Promise<void> {
  await db.raw(
    `create function records_search_tsv(title text, type text, type_text text, metric text,
       details text, tags text[], subject_name text) returns tsvector language sql stable as $$
       select setweight(to_tsvector('english', title), 'A') ||
         setweight(to_tsvector('english', type || ' ' || coalesce(type_text, '') || ' ' ||
           coalesce(metric, '') || ' ' || coalesce(subject_name, '') || ' ' ||
           array_to_string(tags, ' ')), 'B') ||
         setweight(to_tsvector('english', coalesce(details, '')), 'C')
     $$`,
  );
  await db.raw(
    `create function tasks_search_tsv(title text, notes text, tags text[], subject_name text)
       returns tsvector language sql stable as $$
       select setweight(to_tsvector('english', title), 'A') ||
         setweight(to_tsvector('english', coalesce(subject_name, '') || ' ' ||
           array_to_string(tags, ' ')), 'B') ||
         setweight(to_tsvector('english', coalesce(notes, '')), 'C')
     $$`,
  );
  for (const table of ['records', 'tasks']) {
    // DROP EXPRESSION keeps the column, its values and its GIN index (PostgreSQL 13+).
    await db.raw(`alter table ${table} alter column search_tsv drop expression`);
  }
  await db.raw(
    `create function records_search_tsv_fill() returns trigger language plpgsql as $$
     begin
       new.search_tsv := records_search_tsv(new.title, new.type, new.type_text, new.metric,
         new.details, new.tags, (select s.name from subjects s where s.id = new.subject_id));
       return new;
     end $$`,
  );
  await db.raw(
    `create trigger records_search_tsv_fill
     before insert or update of title, type, type_text, metric, details, tags, subject_id
     on records for each row execute function records_search_tsv_fill()`,
  );
  await db.raw(
    `create function tasks_search_tsv_fill() returns trigger language plpgsql as $$
     begin
       new.search_tsv := tasks_search_tsv(new.title, new.notes, new.tags,
         (select s.name from subjects s where s.id = new.subject_id));
       return new;
     end $$`,
  );
  await db.raw(
    `create trigger tasks_search_tsv_fill
     before insert or update of title, notes, tags, subject_id
     on tasks for each row execute function tasks_search_tsv_fill()`,
  );
  // A renamed person or pet is found by the new name, and no longer by the old one.
  await db.raw(
    `create function subjects_rename_search() returns trigger language plpgsql as $$
     begin
       update records r set search_tsv = records_search_tsv(r.title, r.type, r.type_text,
           r.metric, r.details, r.tags, new.name)
         where r.user_id = new.user_id and r.subject_id = new.id;
       update tasks t set search_tsv = tasks_search_tsv(t.title, t.notes, t.tags, new.name)
         where t.user_id = new.user_id and t.subject_id = new.id;
       return null;
     end $$`,
  );
  await db.raw(
    `create trigger subjects_rename_search after update of name on subjects
     for each row when (old.name is distinct from new.name)
     execute function subjects_rename_search()`,
  );
  // Tags join the vocabulary typos are corrected against (0008's statement triggers).
  await replaceVocabulary(db, VOCABULARY_TEXT);
  await db.raw(
    `update records r set search_tsv = records_search_tsv(r.title, r.type, r.type_text,
       r.metric, r.details, r.tags, s.name)
     from subjects s where s.id = r.subject_id`,
  );
  await db.raw(
    `update tasks t set search_tsv = tasks_search_tsv(t.title, t.notes, t.tags,
       (select s.name from subjects s where s.id = t.subject_id))`,
  );
}

/** The words each table adds to its user's vocabulary (`n` is the row). */
const VOCABULARY_TEXT = {
  records: `n.title || ' ' || n.type || ' ' || coalesce(n.type_text, '') || ' ' || coalesce(n.details, '') || ' ' || array_to_string(n.tags, ' ')`,
  tasks: `n.title || ' ' || coalesce(n.notes, '') || ' ' || array_to_string(n.tags, ' ')`,
};

/** As 0008-search.ts wrote them. */
const VOCABULARY_TEXT_0008 = {
  records: `n.title || ' ' || n.type || ' ' || coalesce(n.type_text, '') || ' ' || coalesce(n.details, '')`,
  tasks: `n.title || ' ' || coalesce(n.notes, '')`,
};

async function replaceVocabulary(db: Knex, texts: Record<string, string>): Promise<void> {
  for (const [table, text] of Object.entries(texts)) {
    await db.raw(
      `create or replace function ${table}_search_words() returns trigger language plpgsql as $$
       begin
         insert into search_words (user_id, word)
         select distinct n.user_id, w.word from new_rows n
         cross join lateral unnest(tsvector_to_array(to_tsvector('simple', ${text}))) as w (word)
         where length(w.word) between 3 and 40 and w.word !~ '[0-9]'
         on conflict do nothing;
         return null;
       end $$`,
    );
  }
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop trigger if exists subjects_rename_search on subjects');
  await db.raw('drop function if exists subjects_rename_search()');
  for (const table of ['records', 'tasks']) {
    await db.raw(`drop trigger if exists ${table}_search_tsv_fill on ${table}`);
    await db.raw(`drop function if exists ${table}_search_tsv_fill()`);
    await db.raw(`alter table ${table} drop column search_tsv`);
  }
  await db.raw(
    'drop function if exists records_search_tsv(text, text, text, text, text, text[], text)',
  );
  await db.raw('drop function if exists tasks_search_tsv(text, text, text[], text)');
  await replaceVocabulary(db, VOCABULARY_TEXT_0008);
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
  for (const table of ['records', 'tasks']) {
    await db.raw(`create index ${table}_search_idx on ${table} using gin (search_tsv)`);
  }
}
