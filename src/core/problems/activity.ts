import { HttpError } from '../http-error.ts';

/** An activity entry that was undone before: a change is undone at most once. */
export function alreadyUndone(): HttpError {
  return new HttpError({
    status: 409,
    code: 'already_undone',
    title: 'Already undone',
    detail: 'This change was undone before; a change is undone at most once.',
    hint: 'Tell the user it is already undone. To revert the undo itself, undo the entry whose operation is undo.',
  });
}

/**
 * The item changed (`what`: "changed after this entry", "was deleted for good") since the
 * entry being undone; `changes` lists the fields, so undoing would lose what came later.
 */
export function changedSince(entity: string, what: string, changes: unknown[]): HttpError {
  return new HttpError({
    status: 409,
    code: 'changed_since',
    title: 'Changed since',
    detail: `The ${entity} ${what}, so undoing this change would lose what came later.`,
    hint: 'Tell the user what changed since (see changes); if they still want the old values, make the change directly, or undo the later entries first, newest first.',
    extra: { changes },
  });
}
