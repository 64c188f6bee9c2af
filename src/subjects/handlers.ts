import { journaled } from '../activity/journal.ts';
import type { Handlers } from '../contract/handler-types.ts';
import { conflictingInputs, duplicateSuspected } from '../core/problems/input.ts';
import { itemNotFound } from '../core/problems/routing.ts';
import { selfSubject } from '../core/problems/subjects.ts';
import { localDate } from '../dates/zone.ts';
import { decodeCursor, isUuid } from '../paging/cursor.ts';
import { buildPage } from '../paging/page.ts';
import { findSubjectCandidates } from './find.ts';
import { resolveBirthday } from './normalize-birthday.ts';
import { normalizeSpecies, type Species } from './normalize-species.ts';
import * as queries from './queries.ts';
import { serializeSubject } from './serialize.ts';

type SubjectHandlers = Pick<
  Handlers,
  | 'listSubjects'
  | 'findSubjects'
  | 'createSubject'
  | 'getSubject'
  | 'updateSubject'
  | 'deleteSubject'
>;

export const subjectHandlers: SubjectHandlers = {
  async listSubjects({ query }, ctx) {
    const limit = query.limit ?? 20;
    const rows = await queries.listSubjects(
      ctx.db,
      ctx.userId,
      {
        kind: query.kind,
        species: query.species,
        includeArchived: query.include_archived ?? false,
        after: query.cursor ? decodeCursor(query.cursor, isSubjectSortKey) : undefined,
      },
      limit + 1,
    );
    const now = ctx.now();
    const page = buildPage(
      rows,
      limit,
      (row) => serializeSubject(row, ctx.timezone, now),
      queries.subjectSortKey,
    );
    return { status: 200, body: page };
  },

  async findSubjects({ body }, ctx) {
    const species =
      body.species === undefined ? undefined : normalizeSpecies(body.species, '/body/species');
    const matches = await findSubjectCandidates(
      ctx.db,
      ctx.userId,
      { name: body.name, species },
      body.limit ?? 5,
    );
    const now = ctx.now();
    return {
      status: 200,
      body: {
        candidates: matches.map((row) => ({
          match: row.match,
          similarity: Math.round(row.similarity * 100) / 100,
          subject: serializeSubject(row, ctx.timezone, now),
        })),
      },
    };
  },

  async createSubject({ body }, ctx) {
    const now = ctx.now();
    const species = body.species == null ? null : normalizeSpecies(body.species, '/body/species');
    const kind = body.kind ?? (species ? 'pet' : 'person');
    checkKindAndSpecies(kind, species);
    const birthday = resolveBirthday(body, localDate(now, ctx.timezone));
    const name = body.name.trim();
    if (!body.confirm_duplicate) {
      const existing = await queries.subjectsNamed(ctx.db, ctx.userId, name);
      if (existing.length > 0) {
        throw duplicateSuspected({
          detail: `There is already a subject called ${existing[0]?.name}.`,
          hint: 'Ask the user whether they mean the existing one (use its id); only if it is someone else, send the request again with confirm_duplicate true.',
          existing: existing.map((row) => serializeSubject(row, ctx.timezone, now)),
        });
      }
    }
    const row = await journaled(ctx, { entity: 'subject', operation: 'create' }, (db) =>
      queries.insertSubject(
        db,
        ctx.userId,
        {
          name,
          kind,
          species,
          breed: body.breed?.trim() || null,
          sex: body.sex ?? 'unknown',
          notes: body.notes ?? null,
          birth_year: null,
          birth_month: null,
          birth_day: null,
          birthday_precision: null,
          ...birthday,
        },
        now,
      ),
    );
    return {
      status: 201,
      body: serializeSubject(row, ctx.timezone, now),
      headers: { Location: `${ctx.publicUrl}/v1/subjects/${row.id}` },
    };
  },

  async getSubject({ path }, ctx) {
    const row = await queries.getSubject(ctx.db, ctx.userId, path.subject_id);
    if (!row) throw itemNotFound('subject');
    return { status: 200, body: serializeSubject(row, ctx.timezone, ctx.now()) };
  },

  async updateSubject({ path, body }, ctx) {
    const now = ctx.now();
    const current = await queries.getSubject(ctx.db, ctx.userId, path.subject_id);
    if (!current) throw itemNotFound('subject');
    let species: Species | null | undefined;
    if (body.species !== undefined) {
      species = body.species === null ? null : normalizeSpecies(body.species, '/body/species');
    } else if (body.kind === 'person') species = null;
    const kind = body.kind ?? (species ? 'pet' : current.kind);
    checkKindAndSpecies(kind, species === undefined ? current.species : species);
    const changes: queries.SubjectChanges = {
      ...resolveBirthday(body, localDate(now, ctx.timezone)),
      ...(body.name !== undefined && { name: body.name.trim() }),
      ...(kind !== current.kind && { kind }),
      ...(species !== undefined && { species }),
      ...(body.breed !== undefined && { breed: body.breed?.trim() || null }),
      ...(body.sex !== undefined && { sex: body.sex }),
      ...(body.notes !== undefined && { notes: body.notes }),
    };
    const row = await journaled(
      ctx,
      { entity: 'subject', operation: 'update', id: path.subject_id },
      (db) => queries.updateSubject(db, ctx.userId, path.subject_id, changes, now),
    );
    if (!row) throw itemNotFound('subject');
    return { status: 200, body: serializeSubject(row, ctx.timezone, now) };
  },

  async deleteSubject({ path }, ctx) {
    const current = await queries.getSubject(ctx.db, ctx.userId, path.subject_id);
    if (!current) throw itemNotFound('subject');
    if (current.is_self) {
      throw selfSubject();
    }
    await journaled(ctx, { entity: 'subject', operation: 'delete', id: path.subject_id }, (db) =>
      queries.archiveSubject(db, ctx.userId, path.subject_id, ctx.now()),
    );
    return { status: 204, body: undefined };
  },
};

/** People have no species; a species makes a pet. */
function checkKindAndSpecies(kind: 'person' | 'pet', species: Species | null): void {
  if (kind === 'person' && species !== null) {
    throw conflictingInputs({
      detail: 'A person has no species.',
      hint: 'Send kind pet for an animal, or leave species out for a person.',
      errors: [
        { pointer: '/body/kind', reason: 'is person' },
        { pointer: '/body/species', reason: 'is only for pets' },
      ],
    });
  }
}

function isSubjectSortKey(key: unknown[]): key is queries.SubjectSortKey {
  return key.length === 2 && typeof key[0] === 'string' && isUuid(key[1]);
}
