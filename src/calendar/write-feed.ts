import ical from 'ical-generator';
import type { FeedEvent } from './feed-events.ts';

/** Tasks have no length; a timed one shows as a short event at its due time. */
const TIMED_MINUTES = 30;

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
    calendar.createEvent({
      id: event.uid,
      summary: event.summary,
      description: event.description,
      start,
      end,
      allDay,
      stamp: now,
    });
  }
  return calendar.toString();
}
