/**
 * The candidate closest to `word` by edit distance (insertions, deletions, substitutions
 * and swaps of neighbours, so "weigth" is one step from "weight"), if it is close enough
 * to be a slip of the keyboard: at most a third of the word's letters, and at least 1.
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const asked = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(asked.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(asked, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, at(i - 2, j - 2) + 1);
      }
      (rows[i] as number[])[j] = d;
    }
  }
  return at(a.length, b.length);
}
