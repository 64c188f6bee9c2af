import { HttpError } from './http-error.ts';

/** Tags are kept in lower case; a few letters grow when lowered ("İ"), so check again. */
export function normalizeTags(tags: readonly string[]): string[] {
  const lowered = tags.map((tag) => tag.trim().toLowerCase());
  // Counted in code points, as the contract's maxLength is.
  const tooLong = lowered.findIndex((tag) => [...tag].length > MAX_TAG_LENGTH);
  if (tooLong >= 0) {
    throw new HttpError({
      status: 422,
      code: 'validation_failed',
      title: 'Invalid request',
      detail: `Tags are at most ${MAX_TAG_LENGTH} characters in lower case.`,
      hint: 'Shorten the tag and send the request again.',
      errors: [
        {
          pointer: `/body/tags/${tooLong}`,
          reason: `is longer than ${MAX_TAG_LENGTH} characters in lower case`,
        },
      ],
    });
  }
  return [...new Set(lowered)];
}

const MAX_TAG_LENGTH = 40;
