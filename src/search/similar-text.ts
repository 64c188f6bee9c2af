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

/** The words a websearch query excludes (`-word`), as one `a or b` query, or undefined. */
export function excludedText(q: string): string | undefined {
  const words = q
    .split(/\s+/)
    .filter((word) => word.length > 1 && word.startsWith('-'))
    .map((word) => word.slice(1).replace(/"/g, ''));
  return words.length > 0 ? words.join(' or ') : undefined;
}
