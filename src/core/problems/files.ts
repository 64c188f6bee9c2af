import { HttpError } from '../http-error.ts';

/** The types a record keeps, in the words a person reads them. */
export const KEPT_TYPES_TEXT = 'a PDF, JPEG, PNG, WebP, HEIC or GIF';

/** A size in the unit a person reads it in: "10 MB", "512 KB". */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A file over the configured cap: nothing of it is kept. */
export function fileTooLarge(maxBytes: number, pointer = '/body'): HttpError {
  return new HttpError({
    status: 413,
    code: 'file_too_large',
    title: 'File too large',
    detail: `The file is larger than ${sizeText(maxBytes)}, the most a record can keep.`,
    hint: 'Ask the person for a smaller file (a photo at a lower size, a PDF of fewer pages).',
    errors: [{ pointer, reason: `is larger than ${sizeText(maxBytes)}` }],
  });
}

/** The bytes are not of a kept type, whatever the name or Content-Type claimed. */
export function unsupportedFileType(pointer = '/body'): HttpError {
  return new HttpError({
    status: 415,
    code: 'unsupported_file_type',
    title: 'Unsupported file type',
    detail: `This file is not ${KEPT_TYPES_TEXT}.`,
    hint: 'Ask the person for the file as a PDF or a picture.',
    errors: [{ pointer, reason: `is not ${KEPT_TYPES_TEXT}` }],
  });
}

/** A shared file's link could not be fetched (expired, refused by A21, or failed). */
export function fileUnavailable(name: string, why: string, pointer: string): HttpError {
  return new HttpError({
    status: 422,
    code: 'file_unavailable',
    title: 'File unavailable',
    detail: `The file "${name}" could not be fetched: ${why}. Nothing was stored.`,
    hint: 'Ask the user to share the file again (links last about five minutes), or, if they agree, send the record without it.',
    errors: [{ pointer, reason: `could not be fetched: ${why}` }],
  });
}

/** createRecords keeps no files: one call per record with files keeps the batch small. */
export function filesNotInBatch(pointer: string): HttpError {
  return new HttpError({
    status: 422,
    code: 'files_not_in_batch',
    title: 'Files not taken in a batch',
    detail: 'createRecords does not keep files.',
    hint: 'Send this record with createRecord, with its files in openaiFileIdRefs.',
    errors: [{ pointer, reason: 'is taken by createRecord only' }],
  });
}
