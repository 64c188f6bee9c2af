import { HttpError } from '../http-error.ts';

/** An import goes only into an account with nothing in it yet: two sets of data never mix. */
export function accountNotEmpty(counts: {
  tasks: number;
  records: number;
  subjects: number;
}): HttpError {
  return new HttpError({
    status: 409,
    code: 'account_not_empty',
    title: 'Account not empty',
    detail: `This account already has ${counts.tasks} tasks, ${counts.records} records and ${counts.subjects} other people or pets; an import goes only into an empty account.`,
    hint: 'Sign up for a new account and import the file there.',
  });
}

/** An export document whose version this Tend does not read. */
export function unknownExportVersion(version: number): HttpError {
  return new HttpError({
    status: 422,
    code: 'unknown_export_version',
    title: 'Unknown export version',
    detail: `This file is version ${version} of Tend's export format; this Tend reads version 1.`,
    hint: 'Import it into the Tend that made it, or update this Tend first.',
    errors: [{ pointer: '/body/version', reason: 'not a version this Tend reads' }],
  });
}

/**
 * An export document that passes the schema but does not hold together: a reference to
 * nothing, a reference used twice, not exactly one `is_self`.
 */
export function inconsistentExport(detail: string, pointer: string): HttpError {
  return new HttpError({
    status: 422,
    code: 'inconsistent_export',
    title: 'Export does not hold together',
    detail,
    hint: 'Export the data again from the account it came from; the file may have been edited.',
    errors: [{ pointer, reason: detail }],
  });
}
