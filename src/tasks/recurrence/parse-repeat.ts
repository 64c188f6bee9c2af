import { lookupTable } from '../../core/lookup-table.ts';
import { unknownRepeat } from '../../core/problems/tasks.ts';
import { type RepeatRule, ruleToString, WEEKDAYS, type Weekday } from './rule.ts';

/** Phrases shown to the model when one is not understood. */
export const REPEAT_EXAMPLES = [
  'daily',
  'daily at 8am',
  'every weekday',
  'every Monday and Thursday',
  'every other week',
  'every 3 months',
  'monthly on the 15th',
  'yearly',
  'every 6 hours',
];

const NUMBERS = lookupTable<number>({
  other: 2,
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
});
const COUNT = String.raw`(\d{1,3}|other|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNITS = lookupTable<RepeatRule['freq']>({
  hour: 'HOURLY',
  day: 'DAILY',
  week: 'WEEKLY',
  month: 'MONTHLY',
  year: 'YEARLY',
});
const ADVERBS = lookupTable<Omit<RepeatRule, 'times'>>({
  hourly: { freq: 'HOURLY', interval: 1 },
  daily: { freq: 'DAILY', interval: 1 },
  nightly: { freq: 'DAILY', interval: 1 },
  weekly: { freq: 'WEEKLY', interval: 1 },
  biweekly: { freq: 'WEEKLY', interval: 2 },
  fortnightly: { freq: 'WEEKLY', interval: 2 },
  monthly: { freq: 'MONTHLY', interval: 1 },
  quarterly: { freq: 'MONTHLY', interval: 3 },
  yearly: { freq: 'YEARLY', interval: 1 },
  annually: { freq: 'YEARLY', interval: 1 },
  weekdays: { freq: 'WEEKLY', interval: 1, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] },
  weekends: { freq: 'WEEKLY', interval: 1, byDay: ['SA', 'SU'] },
});
// "every morning" has no clock time, so Tend picks one and echoes it in repeat_rule.
const PARTS_OF_DAY = lookupTable<string>({ morning: '8:00', evening: '18:00', night: '21:00' });
const TIMES_A_DAY = lookupTable<string[]>({
  twice: ['8:00', '20:00'],
  'two times': ['8:00', '20:00'],
  'three times': ['8:00', '14:00', '20:00'],
});
const DAY_NAMES = lookupTable<Weekday>({
  mon: 'MO',
  tue: 'TU',
  tues: 'TU',
  wed: 'WE',
  thu: 'TH',
  thur: 'TH',
  thurs: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
});

/** A repeat as stored: the user's words and the RRULE they became. */
export interface Repeat {
  text: string;
  rule: string;
}

/**
 * Reads how often a task repeats from the user's words. rrule's own `fromText` reads
 * "every morning" as every Monday and knows neither "weekly" nor "every other week", so
 * Tend reads the phrases itself and lets rrule evaluate the result.
 */
export function parseRepeat(text: string, pointer = '/body/repeat'): Repeat {
  const rule = readPhrase(normalized(text));
  if (!rule) {
    throw unknownRepeat(text, pointer, REPEAT_EXAMPLES);
  }
  return { text: text.trim(), rule: ruleToString(rule) };
}

/** Whether these words say how often something repeats, as parseRepeat reads them. */
export function isRepeatPhrase(text: string): boolean {
  return readPhrase(normalized(text)) !== undefined;
}

function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function readPhrase(phrase: string): RepeatRule | undefined {
  const rule = readRule(phrase);
  return rule && Number.isInteger(rule.interval) ? rule : undefined;
}

function readRule(phrase: string): RepeatRule | undefined {
  const body = phrase
    .replace(/^(?:repeat(?:s|ing)?|recurring)\s+/, '')
    .replace(/\beach\b/g, 'every');
  const timed = /^(.*?)\s+at\s+(.+)$/.exec(body);
  if (timed) {
    const times = readTimes(timed[2] as string);
    const rule = readSchedule(timed[1] as string);
    if (!times || !rule || rule.freq === 'HOURLY' || rule.times) return undefined;
    // One minute for all the times: an RRULE crosses every BYHOUR with every BYMINUTE.
    if (new Set(times.map((time) => time.split(':')[1])).size > 1) return undefined;
    return { ...rule, times };
  }
  return readSchedule(body);
}

function readSchedule(phrase: string): RepeatRule | undefined {
  const adverb = ADVERBS[phrase];
  if (adverb) return { ...adverb };
  let match = new RegExp(`^every (?:${COUNT} )?(hour|day|week|month|year)s?$`).exec(phrase);
  if (match) {
    return { freq: UNITS[match[2] as string] as RepeatRule['freq'], interval: count(match[1]) };
  }
  match = /^every (morning|evening|night)$/.exec(phrase);
  if (match)
    return { freq: 'DAILY', interval: 1, times: [PARTS_OF_DAY[match[1] as string] as string] };
  match = /^(twice|two times|three times) (?:a|per) day$|^(twice) daily$/.exec(phrase);
  if (match) {
    return { freq: 'DAILY', interval: 1, times: TIMES_A_DAY[(match[1] ?? match[2]) as string] };
  }
  match = /^every (weekday|weekend)$/.exec(phrase);
  if (match) return { ...(ADVERBS[`${match[1]}s`] as RepeatRule) };
  match = new RegExp(
    `^(?:every (?:${COUNT} )?months? on the|monthly on the|on the) (\\d{1,2})(?:st|nd|rd|th)?(?: (?:of )?(?:every|each) month| of the month)?$`,
  ).exec(phrase);
  if (match) {
    const day = Number(match[2]);
    if (day < 1 || day > 31) return undefined;
    return { freq: 'MONTHLY', interval: count(match[1]), byMonthDay: day };
  }
  match = /^(?:every (other )?)?([a-z, ]+)$/.exec(phrase);
  if (match) {
    const days = readWeekdays(match[2] as string, Boolean(match[1]) || phrase.startsWith('every'));
    if (days) return { freq: 'WEEKLY', interval: match[1] ? 2 : 1, byDay: days };
  }
  return undefined;
}

/** "monday and thursday", "mon, wed and fri", "mondays" (a plural alone means every). */
function readWeekdays(list: string, saidEvery: boolean): Weekday[] | undefined {
  const words = list.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  const days: Weekday[] = [];
  let plural = false;
  for (const word of words) {
    const name = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*?(s)?$/.exec(word.trim());
    if (!name) return undefined;
    const day = DAY_NAMES[name[1] as string] as Weekday;
    if (!isDayWord(word.trim(), day)) return undefined;
    if (name[2]) plural = true;
    if (!days.includes(day)) days.push(day);
  }
  if (days.length === 0 || !(saidEvery || plural)) return undefined;
  return WEEKDAYS.filter((day) => days.includes(day));
}

const FULL_NAMES: Record<Weekday, string> = {
  MO: 'monday',
  TU: 'tuesday',
  WE: 'wednesday',
  TH: 'thursday',
  FR: 'friday',
  SA: 'saturday',
  SU: 'sunday',
};

/** A short form ("thu") or the full name, singular or plural; not any word starting alike. */
function isDayWord(word: string, day: Weekday): boolean {
  const bare = word.replace(/s$/, '');
  return FULL_NAMES[day].startsWith(bare) && bare.length >= 3;
}

/** "8am", "8:30 pm", "17:00", "noon", "8am and 8pm"; as H:MM on a 24-hour clock. */
function readTimes(text: string): string[] | undefined {
  const times: string[] = [];
  for (const part of text.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean)) {
    if (part === 'noon' || part === 'midday') {
      times.push('12:00');
      continue;
    }
    if (part === 'midnight') {
      times.push('0:00');
      continue;
    }
    const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(part);
    if (!match) return undefined;
    let hour = Number(match[1]);
    const minute = Number(match[2] ?? 0);
    const meridiem = match[3]?.[0];
    if (meridiem && (hour < 1 || hour > 12)) return undefined;
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) return undefined;
    times.push(`${hour}:${String(minute).padStart(2, '0')}`);
  }
  return times.length > 0 ? times : undefined;
}

function count(word: string | undefined): number {
  if (word === undefined) return 1;
  const n = NUMBERS[word] ?? Number(word);
  return n >= 1 && n <= 366 ? n : Number.NaN;
}
