import { HttpError } from '../http-error.ts';

/** The subject standing for the user themself cannot be deleted, only renamed. */
export function selfSubject(): HttpError {
  return new HttpError({
    status: 409,
    code: 'self_subject',
    title: 'Cannot remove the user',
    detail: 'The subject for the user themself cannot be deleted.',
    hint: 'Tell the user their own entry cannot be removed; it can be renamed.',
  });
}

/** A subject name that fits several people or pets; `candidates` are the ones it fits. */
export function ambiguousSubject(name: string, pointer: string, candidates: unknown[]): HttpError {
  return new HttpError({
    status: 409,
    code: 'ambiguous_subject',
    title: 'Ambiguous subject',
    detail: `Several people or pets could be meant by "${name}".`,
    hint: 'Ask the user which one they mean, then send subject_id.',
    errors: [{ pointer, reason: 'matches several subjects' }],
    extra: { candidates },
  });
}

/** A subject name that fits no one; `candidates` are the user's subjects to ask about. */
export function unknownSubject(name: string, pointer: string, candidates: unknown[]): HttpError {
  return new HttpError({
    status: 404,
    code: 'unknown_subject',
    title: 'Unknown subject',
    detail: `No person or pet is called "${name}".`,
    hint: `Ask the user whether they mean one of the candidates, or offer to add "${name}" with createSubject; then send subject_id.`,
    errors: [{ pointer, reason: 'matches no subject' }],
    extra: { candidates },
  });
}

/** docs/design.md §2: a species word Tend does not know, answered with the `allowed` ones. */
export function unknownSpecies(
  text: string,
  pointer: string,
  allowed: readonly string[],
): HttpError {
  return new HttpError({
    status: 422,
    code: 'unknown_species',
    title: 'Unknown species',
    detail: `"${text}" is not a species Tend knows.`,
    hint: `Send one of ${allowed.join(', ')}; use other for any other animal and put the kind in breed or notes.`,
    errors: [{ pointer, reason: `must be one of ${allowed.join(', ')}` }],
    extra: { allowed: [...allowed] },
  });
}

/** A birthday (given, or worked out from an age) after the user's today. */
export function birthdayInFuture(born: string, today: string, pointer: string): HttpError {
  return new HttpError({
    status: 422,
    code: 'birthday_in_future',
    title: 'Birthday in the future',
    detail: `A birthday of ${born} is after today (${today}).`,
    hint: 'Ask the user for the birthday or age again.',
    errors: [{ pointer, reason: 'is in the future' }],
  });
}

/** `age_text` in words Tend cannot read as an age. */
export function unparseableAge(text: string): HttpError {
  return new HttpError({
    status: 422,
    code: 'unparseable_age',
    title: 'Unparseable age',
    detail: `Could not read an age from "${text}".`,
    hint: 'Ask the user how old they are, then send age_text like "6 months old" or "about 2 years", or birth_date.',
    errors: [{ pointer: '/body/age_text', reason: 'is not an age Tend understands' }],
  });
}
