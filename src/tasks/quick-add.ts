import * as chrono from 'chrono-node/en';
import { chronoReference } from '../dates/parse-when.ts';
import { isRepeatPhrase } from './recurrence/parse-repeat.ts';

/** A person or pet a quick-add line may name. */
export interface NamedSubject {
  id: string;
  name: string;
}

/** What a line such as "Buy flea meds friday 5pm" says, as createTask's fields. */
export interface QuickAdd {
  title: string;
  /** The date words, for createTask's `due_text`; null when the line names no date. */
  due_text: string | null;
  /** The repeat words ("every month"), for createTask's `repeat`; null for a one-off. */
  repeat: string | null;
  /** The person or pet named in the line (the name stays in the title). */
  subject: NamedSubject | null;
}

// Words that open a repeat phrase; a phrase is only taken when parseRepeat reads it whole.
const OPENS_REPEAT =
  /^(every|each|daily|nightly|hourly|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually|weekdays|weekends|twice|two|three|(mon|tues|wednes|thurs|fri|satur|sun)days)$/;
// A repeat adverb inside a title ("read the daily paper") is part of the title; one that
// opens with "every" or "each" is a repeat wherever it stands.
const ANYWHERE = /^(every|each)$/;
// Little words that only tied the date to the title ("on friday", "by the 15th").
const TIES = /^(on|at|by|due|for|from|starting|until|before|in)$/;
const LONGEST_REPEAT = 8;

/**
 * Reads a quick-add line into a task: the repeat words (as parseRepeat understands them),
 * the date words (as chrono finds them, which createTask reads again from `due_text`),
 * and a person or pet named in it; what is left is the title. Pure: the reference time
 * and zone only steer which words chrono takes for a date.
 */
export function readQuickAdd(
  line: string,
  subjects: readonly NamedSubject[],
  reference: { now: Date; zone: string },
): QuickAdd {
  const whole = line.replace(/\s+/g, ' ').trim();
  let words = whole.split(' ').filter(Boolean);
  const repeatSpan = findRepeat(words);
  const repeat = repeatSpan ? spanText(words, repeatSpan) : null;
  if (repeatSpan) words = without(words, repeatSpan);
  const dueSpan = findDue(words, reference);
  const due_text = dueSpan ? spanText(words, dueSpan) : null;
  if (dueSpan) words = without(words, dueSpan);
  const title = tidyTitle(words.join(' '));
  if (!title) return { title: capitalized(whole), due_text: null, repeat: null, subject: null };
  return { title, due_text, repeat, subject: namedSubject(title, subjects) };
}

interface Span {
  start: number;
  /** One past the last word. */
  end: number;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/^[("']+|[)"',.;:!?]+$/g, '');
}

function spanText(words: string[], span: Span): string {
  return words
    .slice(span.start, span.end)
    .map((w) => w.replace(/[,.;:!?]+$/, ''))
    .join(' ');
}

/** The words without the span and the tie word just before it. */
function without(words: string[], span: Span): string[] {
  const before = words[span.start - 1];
  const start = before && TIES.test(bare(before)) ? span.start - 1 : span.start;
  return [...words.slice(0, start), ...words.slice(span.end)];
}

/** The first, longest run of words that parseRepeat reads as a whole. */
function findRepeat(words: string[]): Span | undefined {
  for (let start = 0; start < words.length; start++) {
    const first = bare(words[start] as string);
    if (!OPENS_REPEAT.test(first)) continue;
    for (let end = Math.min(words.length, start + LONGEST_REPEAT); end > start; end--) {
      const atEdge = start === 0 || end === words.length;
      if (!ANYWHERE.test(first) && !atEdge) continue;
      if (isRepeatPhrase(spanText(words, { start, end }))) return { start, end };
    }
  }
  return undefined;
}

/** The words chrono reads as a date (the first date it finds), whole words only. */
function findDue(words: string[], reference: { now: Date; zone: string }): Span | undefined {
  const text = words.join(' ');
  const [found] = chrono.parse(text, chronoReference(reference.now, reference.zone), {
    forwardDate: true,
  });
  if (!found) return undefined;
  const from = found.index;
  const to = found.index + found.text.length;
  let offset = 0;
  let start = -1;
  let end = -1;
  words.forEach((word, i) => {
    const wordEnd = offset + word.length;
    if (wordEnd > from && offset < to) {
      if (start < 0) start = i;
      end = i + 1;
    }
    offset = wordEnd + 1;
  });
  return start < 0 ? undefined : { start, end };
}

function tidyTitle(text: string): string {
  let words = text.split(' ').filter(Boolean);
  while (words.length > 0 && TIES.test(bare(words[words.length - 1] as string))) {
    words = words.slice(0, -1);
  }
  return capitalized(
    words
      .join(' ')
      .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '')
      .trim(),
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The person or pet whose name appears in the title as a whole word ("Max", "Max's"); the
 * longest name wins ("Max Junior" over "Max"), and a name two subjects share picks no one,
 * so the task is not filed under the wrong one.
 */
function namedSubject(title: string, subjects: readonly NamedSubject[]): NamedSubject | null {
  const named = subjects.filter((s) => s.name.trim() && mentions(title, s.name.trim()));
  if (named.length === 0) return null;
  const longest = Math.max(...named.map((s) => s.name.trim().length));
  const best = named.filter((s) => s.name.trim().length === longest);
  return best.length === 1 ? (best[0] as NamedSubject) : null;
}

function mentions(title: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, 'iu').test(title);
}
