import ical, { ICalAlarmRelatesTo, ICalAlarmType } from 'ical-generator';
import type { FeedEvent } from './feed-events.ts';

/** Tasks have no length; a timed one shows as a short event at its due time. */
const TIMED_MINUTES = 30;

/** A day's reminder comes at 9:00 that morning, in the calendar's own time zone. */
const ALL_DAY_ALARM_SECONDS = 9 * 3600;

/** The events as an iCalendar (RFC 5545) document; every time in UTC, all-day events as dates. */
export function writeFeed(events: FeedEvent[], now: Date): string {
  const calendar = ical({
    name: 'Tend',
    description: 'Tasks and upcoming doses from Tend',
    prodId: { company: 'Tend', product: 'Tend', language: 'EN' },
    // Calendar apps poll at most this often (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    ttl: 60 * 60,
  });
  for (const event of events) {
    const allDay = typeof event.start === 'string';
    const start = allDay ? new Date(`${event.start}T00:00:00Z`) : (event.start as Date);
    const end = new Date(start.getTime() + (allDay ? 86_400_000 : TIMED_MINUTES * 60_000));
    const created = calendar.createEvent({
      id: event.uid,
      summary: event.summary,
      description: event.description,
      start,
      end,
      allDay,
      stamp: now,
    });
    // VALARM (RFC 5545 §3.6.6): Google, Apple and Outlook notify from the feed itself, at
    // the due time, or in the morning of a day that has no time.
    const alarm = created.createAlarm({
      type: ICalAlarmType.display,
      description: event.summary,
      ...(allDay ? { triggerAfter: ALL_DAY_ALARM_SECONDS } : { trigger: 0 }),
    });
    // After the day's start, said outright: the library would relate a later trigger to
    // the end (the next midnight).
    if (allDay) alarm.relatesTo(ICalAlarmRelatesTo.start);
  }
  return calendar.toString();
}
