/**
 * The words of a websearch query to compare by spelling: quotes and `or` dropped, and
 * excluded (`-word`) words left out, since "similar to an excluded word" means nothing.
 */
export function similarText(q: string): string {
  return q
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !word.startsWith('-') && word.toLowerCase() !== 'or')
    .join(' ')
    .trim();
}

/** The exclusions of a websearch query (`-word`), as written. */
export function excludedWords(q: string): string[] {
  return q.split(/\s+/).filter((word) => word.length > 1 && word.startsWith('-'));
}
