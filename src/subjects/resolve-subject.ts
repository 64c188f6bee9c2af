import { conflictingInputs } from '../core/problems/input.ts';
import { itemNotFound } from '../core/problems/routing.ts';
import { ambiguousSubject, unknownSubject } from '../core/problems/subjects.ts';
import type { Db } from '../db/connect.ts';
import { findSubjectCandidates } from './find.ts';
import * as queries from './queries.ts';
import { type SubjectRow, serializeSubject } from './serialize.ts';

export interface SubjectReference {
  subject_id?: string | undefined;
  subject?: string | undefined;
}

/**
 * Which subject a record or task is about: `subject_id` (the user's own), or a name that
 * fits exactly one subject. Several fits are a 409 ambiguous_subject and none a 404
 * unknown_subject, each listing candidates for the model to ask the user about.
 * Undefined when neither was given.
 */
export async function resolveSubject(
  db: Db,
  userId: string,
  reference: SubjectReference,
  /** `pointer` names the `subject` input (default `/body/subject`; `/query/subject` for a list). */
  view: { zone: string; now: Date; pointer?: string },
): Promise<SubjectRow | undefined> {
  const pointer = view.pointer ?? '/body/subject';
  if (reference.subject_id !== undefined && reference.subject !== undefined) {
    throw conflictingInputs({
      hint: 'Send subject_id when you have it, else subject with the name.',
      errors: [
        { pointer: `${pointer}_id`, reason: 'conflicts with subject' },
        { pointer, reason: 'conflicts with subject_id' },
      ],
    });
  }
  if (reference.subject_id !== undefined) {
    const row = await queries.getSubject(db, userId, reference.subject_id);
    if (!row) throw itemNotFound('subject');
    return row;
  }
  if (reference.subject === undefined) return undefined;
  const name = reference.subject.trim();
  const candidates = await findSubjectCandidates(db, userId, { name }, 5);
  const exact = candidates.filter((c) => c.match === 'exact');
  const fits = exact.length > 0 ? exact : candidates;
  if (fits.length === 1) return fits[0];
  const show = (rows: SubjectRow[]) =>
    rows.map((row) => serializeSubject(row, view.zone, view.now));
  if (fits.length > 1) {
    throw ambiguousSubject(name, pointer, show(fits));
  }
  const everyone = await queries.listSubjects(db, userId, { includeArchived: false }, 10);
  throw unknownSubject(name, pointer, show(everyone));
}
