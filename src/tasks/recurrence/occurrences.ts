import { DateTime } from 'luxon';
import { localDate, localDayBounds, offsetMinutes } from '../../dates/zone.ts';
import type { DueFields } from '../due.ts';
import { hasTimeOfDay, isHourly, ruleFrom } from './rule.ts';

/*
 * Rules are evaluated on the user's wall clock, written as UTC dates (rrule's "floating"
 * time), and each occurrence is placed in the zone afterwards: "daily at 8am" stays 08:00
 * local across a daylight-saving change. Hourly rules count elapsed time instead.
 */

const MINUTE = 60_000;

/** The wall clock in `zone` at an instant, to the minute, as a UTC date. */
function toWall(at: Date, zone: string): Date {
  const ms = at.getTime() + offsetMinutes(at, zone) * MINUTE;
  return new Date(Math.floor(ms / MINUTE) * MINUTE);
}

/** The instant a wall-clock time happens in `zone` (a time skipped by DST moves forward). */
function fromWall(wall: Date, zone: string): Date {
  return DateTime.fromObject(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
    },
    { zone },
  ).toJSDate();
}

function midnight(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function truncate(at: Date): Date {
  return new Date(Math.floor(at.getTime() / MINUTE) * MINUTE);
}

function later(a: Date, b: Date): Date {
  return a > b ? a : b;
}

function onDay(date: string, zone: string): DueFields {
  const { start, end } = localDayBounds(date, zone);
  return { due_at: start, due_by: end, due_date_only: true, due_text: null };
}

function atTime(at: Date): DueFields {
  return { due_at: at, due_by: at, due_date_only: false, due_text: null };
}

/**
 * The due date of a task when a repeat is set on it. A due time the user gave is kept;
 * otherwise the first occurrence from the due day (or from now) becomes the due date.
 */
export function firstDue(rule: string, due: DueFields, now: Date, zone: string): DueFields {
  const timed = due.due_at !== null && !due.due_date_only;
  if (isHourly(rule)) {
    if (timed) return due;
    const start = truncate(due.due_at ?? now);
    return atTime(ruleFrom(rule, start).after(later(start, now), true) ?? start);
  }
  if (hasTimeOfDay(rule)) {
    if (timed) return due;
    const nowWall = toWall(now, zone);
    const start = due.due_at ? midnight(localDate(due.due_at, zone)) : nowWall;
    const first = ruleFrom(rule, start).after(later(start, nowWall), true);
    // The day's words ("tomorrow") still describe it once the rule's time is set.
    return first ? { ...atTime(fromWall(first, zone)), due_text: due.due_text } : due;
  }
  if (due.due_at) return due;
  const today = midnight(localDate(now, zone));
  const first = ruleFrom(rule, today).after(today, true);
  return first ? onDay(first.toISOString().slice(0, 10), zone) : due;
}

/**
 * The due date of the occurrence after one that is completed: the first occurrence after
 * the completed one that is not already past (so completing late does not leave a trail
 * of overdue copies). Null when the rule has no further occurrence.
 */
export function nextDue(rule: string, due: DueFields, now: Date, zone: string): DueFields | null {
  if (isHourly(rule)) {
    const start = truncate(due.due_at ?? now);
    const next = ruleFrom(rule, start).after(later(start, now), false);
    return next && atTime(next);
  }
  const nowWall = toWall(now, zone);
  if (!hasTimeOfDay(rule) && (due.due_date_only || due.due_at === null)) {
    const today = localDate(now, zone);
    const dueDay = due.due_at ? localDate(due.due_at, zone) : today;
    const rrule = ruleFrom(rule, midnight(dueDay));
    const next =
      dueDay >= today ? rrule.after(midnight(dueDay), false) : rrule.after(midnight(today), true);
    return next && onDay(next.toISOString().slice(0, 10), zone);
  }
  let start = nowWall;
  if (due.due_at) {
    start = due.due_date_only ? midnight(localDate(due.due_at, zone)) : toWall(due.due_at, zone);
  }
  const next = ruleFrom(rule, start).after(later(start, nowWall), false);
  return next && atTime(fromWall(next, zone));
}
