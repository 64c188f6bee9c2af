import { DateTime, type DateTimeUnit } from 'luxon';

/** Days read from a time phrase of a question, in the user's zone (both included). */
export interface PhrasePeriod {
  from: string;
  to: string;
  /** The phrase as the user wrote it ("last month"). */
  words: string;
}

const UNIT = '(day|week|month|year)s?';
const COUNT = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)';
const LEAD = '(?:(?:in|during|over|within|from|since)\\s+)?(?:the\\s+)?';
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};

type Reader = (match: RegExpExecArray, today: DateTime) => [DateTime, DateTime];

const unitOf = (word: string | undefined) => (word ?? 'day').toLowerCase() as DateTimeUnit;

/**
 * The phrases read, longest first. "last month" reaches back to the start of the previous
 * calendar month and up to today, so it holds both readings people mean by it ("in
 * October", "in the past month"); a search would rather show one more hit than miss one.
 */
const READERS: readonly [RegExp, Reader][] = [
  [
    new RegExp(`\\b${LEAD}(?:last|past|previous)\\s+${COUNT}\\s+${UNIT}\\b`, 'i'),
    (m, today) => {
      const n = NUMBERS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
      return [today.minus({ [unitOf(m[2])]: n }), today];
    },
  ],
  [
    new RegExp(`\\b${LEAD}(?:last|past|previous)\\s+(week|month|year)\\b`, 'i'),
    (m, today) => [today.minus({ [unitOf(m[1])]: 1 }).startOf(unitOf(m[1])), today],
  ],
  [
    new RegExp(`\\b${LEAD}this\\s+(week|month|year)\\b`, 'i'),
    (m, today) => [today.startOf(unitOf(m[1])), today.endOf(unitOf(m[1]))],
  ],
  [
    /\b(since\s+)?yesterday\b/i,
    (m, today) => [today.minus({ days: 1 }), m[1] ? today : today.minus({ days: 1 })],
  ],
  [/\btoday\b/i, (_m, today) => [today, today]],
];

/**
 * The first time phrase of `text` ("vet visits last month") and the text without it, so
 * the phrase filters by date instead of being searched for as words.
 */
export function readTimePhrase(
  text: string,
  now: Date,
  zone: string,
): { text: string; period: PhrasePeriod | null } {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  for (const [pattern, read] of READERS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [from, to] = read(match, today);
    const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
    return {
      text: rest.replace(/\s+/g, ' ').trim(),
      period: {
        from: from.toISODate() as string,
        to: to.toISODate() as string,
        words: match[0].trim(),
      },
    };
  }
  return { text, period: null };
}
