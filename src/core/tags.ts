import { tagTooLong } from './problems/input.ts';

/** Tags are kept in lower case; a few letters grow when lowered ("İ"), so check again. */
export function normalizeTags(tags: readonly string[]): string[] {
  const lowered = tags.map((tag) => tag.trim().toLowerCase());
  // Counted in code points, as the contract's maxLength is.
  const tooLong = lowered.findIndex((tag) => [...tag].length > MAX_TAG_LENGTH);
  if (tooLong >= 0) {
    throw tagTooLong(tooLong, MAX_TAG_LENGTH);
  }
  return [...new Set(lowered)];
}

const MAX_TAG_LENGTH = 40;
