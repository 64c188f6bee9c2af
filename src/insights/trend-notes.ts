import type { TrendPoint, TrendSummary } from './trend.ts';

export interface TrendNoteInput {
  subjectName: string;
  /** What is followed, in words: "weight", "temperature", "symptom records". */
  what: string;
  counting: boolean;
  unit: string | null;
  from: string;
  to: string;
  summary: TrendSummary;
  series: TrendPoint[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** Plain sentences a model can repeat; numbers only as the database computed them. */
export function trendNotes(input: TrendNoteInput): string[] {
  const { summary, unit } = input;
  const withUnit = (n: number) => (unit ? `${n} ${unit}` : `${n}`);
  const span = `between ${input.from} and ${input.to}`;
  if (summary.n === 0) {
    return [`No ${input.what} recorded for ${input.subjectName} ${span}.`];
  }
  if (input.counting) {
    const notes = [
      `${plural(summary.n, input.what.replace(/s$/, ''), input.what)} for ${input.subjectName} ${span}.`,
    ];
    const busiest = input.series.reduce((best, p) => (p.n > best.n ? p : best));
    if (input.series.length > 1)
      notes.push(`The most in one period: ${busiest.n}, from ${busiest.bucket_start}.`);
    notes.push(`${summary.recent} in the last 90 days.`);
    return notes;
  }
  const notes = [
    `${plural(summary.n, 'reading')} of ${input.subjectName}'s ${input.what} ${span}, ${summary.recent} in the last 90 days.`,
  ];
  if (summary.first && summary.last && summary.n >= 2 && summary.change !== null) {
    const pct = summary.change_pct === null ? '' : `, ${signed(summary.change_pct)}%`;
    notes.push(
      `It went from ${withUnit(summary.first.value)} on ${summary.first.date} to ${withUnit(summary.last.value)} on ${summary.last.date} (${signed(summary.change)}${unit ? ` ${unit}` : ''}${pct}).`,
    );
  } else if (summary.last) {
    notes.push(
      `The only reading: ${withUnit(summary.last.value)} on ${summary.last.date}; a trend needs two.`,
    );
  }
  if (summary.slope_per_month !== null) {
    notes.push(`Trend: ${signed(summary.slope_per_month)}${unit ? ` ${unit}` : ''} per month.`);
  }
  return notes;
}
