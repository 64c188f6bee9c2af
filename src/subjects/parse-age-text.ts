import { lookupTable } from '../core/lookup-table.ts';

/** An age read from words: how long ago the birth was, and how exactly that is known. */
export interface ParsedAge {
  years: number;
  months: number;
  days: number;
  precision: 'day' | 'month' | 'year';
}

const NUMBER_WORDS = lookupTable<number>({
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
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
});

// Hedges and fillers that change nothing about the number.
const FILLER =
  /\b(?:about|around|roughly|approximately|approx|almost|nearly|maybe|probably|just|over|under|is|aged?|old)\b|~|\+/g;

const UNIT =
  /^(?:(years?|yrs?|yo|y\/o|y\.o\.?|y)|(months?|mos?|mths?|mo|m)|(weeks?|wks?|w)|(days?|d))$/;

// A number (digits, or a word followed by a space), an optional half, and a unit.
const PART =
  /(?:\b(\d+(?:[.,]\d+)?)\s*|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty)\s+)(?:(?:and\s+)?(a\s+half|½)\s*)?(years?|yrs?|yo|y\/o|y\.o\.?|y|months?|mos?|mths?|mo|m|weeks?|wks?|w|days?|d)\b(?:\s*(?:and\s+)?(a\s+half))?/g;

/**
 * Reads "6 months old", "about 2 years", "3 yo", "2 years and 3 months", "a year and a
 * half", "10 weeks", or a bare "7" (years). Returns null when no age can be read.
 */
export function parseAgeText(text: string): ParsedAge | null {
  const cleaned = text.toLowerCase().replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(cleaned)) {
    return { years: Number(cleaned), months: 0, days: 0, precision: 'year' };
  }
  let totalMonths = 0;
  let days = 0;
  let precision: ParsedAge['precision'] = 'year';
  let matchedLength = 0;
  for (const match of cleaned.matchAll(PART)) {
    matchedLength += match[0].length;
    let amount = match[1]
      ? Number(match[1].replace(',', '.'))
      : (NUMBER_WORDS[match[2] ?? ''] ?? 0);
    if (match[3] || match[5]) amount += 0.5;
    const unit = UNIT.exec(match[4] as string);
    if (!unit) return null;
    if (unit[1]) {
      totalMonths += amount * 12;
      if (!Number.isInteger(amount)) precision = stricter(precision, 'month');
    } else if (unit[2]) {
      totalMonths += amount;
      precision = stricter(precision, 'month');
    } else {
      days += amount * (unit[3] ? 7 : 1);
      precision = 'day';
    }
  }
  // Anything left over that is not a connective means words Tend did not understand.
  const leftover = cleaned
    .replace(PART, ' ')
    .replace(/\b(?:and|,)\b|,/g, ' ')
    .trim();
  if (matchedLength === 0 || leftover !== '') return null;
  const months = Math.round(totalMonths);
  return {
    years: Math.floor(months / 12),
    months: months % 12,
    days: Math.round(days),
    precision,
  };
}

const ORDER = { year: 0, month: 1, day: 2 } as const;
function stricter(a: ParsedAge['precision'], b: ParsedAge['precision']): ParsedAge['precision'] {
  return ORDER[a] >= ORDER[b] ? a : b;
}
