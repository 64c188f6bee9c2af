import rrule from 'rrule';

const { RRule } = rrule;

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** What Tend reads from a repeat phrase: the subset of RFC 5545 RRULE it writes. */
export interface RepeatRule {
  freq: 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  byDay?: Weekday[];
  byMonthDay?: number;
  /** Local wall-clock times of day, H:MM; all share one minute. */
  times?: string[] | undefined;
}

/** The RRULE value (RFC 5545 §3.3.10), e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH`. */
export function ruleToString(rule: RepeatRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.join(',')}`);
  if (rule.byMonthDay !== undefined) parts.push(`BYMONTHDAY=${rule.byMonthDay}`);
  if (rule.times) {
    const hours = rule.times.map((time) => Number(time.split(':')[0]));
    parts.push(`BYHOUR=${[...new Set(hours)].sort((a, b) => a - b).join(',')}`);
    parts.push(`BYMINUTE=${Number(rule.times[0]?.split(':')[1])}`);
  }
  return parts.join(';');
}

/** A stored rule evaluated from `dtstart`; Tend's rules carry no DTSTART of their own. */
export function ruleFrom(rule: string, dtstart: Date): InstanceType<typeof RRule> {
  return new RRule({ ...RRule.parseString(rule), dtstart, tzid: null });
}

/** Rules that name a clock time make timed tasks; others keep the task's own time or day. */
export function hasTimeOfDay(rule: string): boolean {
  return /(?:^|;)(?:BYHOUR=|FREQ=HOURLY)/.test(rule);
}

/** Rules counted in elapsed hours rather than on the local calendar. */
export function isHourly(rule: string): boolean {
  return /(?:^|;)FREQ=HOURLY(?:;|$)/.test(rule);
}
