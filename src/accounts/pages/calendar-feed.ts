import type { Request, Response } from 'express';
import type { components } from '../../../generated/openapi.ts';
import { FEED_TOKEN, feedCreatedAt, feedUrl } from '../../calendar/feed-tokens.ts';
import { readCookie, setCookie } from '../../core/cookies.ts';
import { formatInZone } from '../../dates/zone.ts';
import type { Contract } from '../../pipeline/contract-pipeline.ts';
import { seeOther } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { expectStatus, operate } from '../../web/operate.ts';
import { signedInForm } from '../../web/signed-in-form.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { shortTime } from './api-keys.ts';

type CalendarFeed = components['schemas']['CalendarFeed'];

/** Carries a new feed URL from the POST to the one page view that shows it. */
const NEW_FEED_COOKIE = 'tend_new_feed';
const CONNECTIONS = '/account/connections';

/** The same feed for calendar apps that open `webcal://` links (Apple Calendar, Outlook). */
export function webcalUrl(feedUrl: string): string {
  return feedUrl.replace(/^https?:\/\//, 'webcal://');
}

/**
 * The Connections page's calendar part. The secret URL is only known right after it is
 * made (Tend keeps its hash), so it is shown that once; afterwards the person can make a
 * new one or turn the feed off.
 */
export async function calendarSection(
  deps: WebDeps,
  req: Request,
  res: Response,
  userId: string,
  timezone: string,
  csrf: Html,
): Promise<Html> {
  const token = readCookie(req, NEW_FEED_COOKIE);
  if (token) {
    setCookie(res, NEW_FEED_COOKIE, '', {
      secure: deps.secureCookies,
      maxAgeS: 0,
      path: CONNECTIONS,
    });
  }
  const fresh = token && FEED_TOKEN.test(token) ? feedUrl(deps.publicUrl, token) : undefined;
  const since = await feedCreatedAt(deps.db, userId);
  const intro = html`<h2 id="calendar">Calendar feed</h2>
<p>See your tasks and upcoming doses in Google Calendar, Apple Calendar or Outlook. Anyone with the link can read them, so keep it to yourself.</p>`;
  if (!since) {
    return html`${intro}<p>The calendar feed is off.</p>
<form method="post" action="/account/calendar">${csrf}<p><button type="submit">Make a calendar link</button></p></form>`;
  }
  const link = fresh
    ? html`<p role="status" class="ok">Copy this link now; Tend cannot show it again.</p>
<p><label for="webcal-link">Subscribe link</label> <input id="webcal-link" readonly value="${webcalUrl(fresh)}"></p>
<p><a href="${webcalUrl(fresh)}">Open it in your calendar app</a>. For Google Calendar choose <strong>Other calendars → From URL</strong> and paste <code>${fresh}</code>.</p>`
    : html`<p>The feed is on since ${shortTime(formatInZone(since, timezone))}. Its link was shown once when it was made; if you lost it, make a new one.</p>`;
  return html`${intro}${link}
<form method="post" action="/account/calendar">${csrf}<p><button type="submit" class="secondary">Make a new link</button> (the old link stops working)</p></form>
<form method="post" action="/account/calendar/stop">${csrf}<p><button type="submit" class="secondary">Turn the feed off</button></p></form>`;
}

/** POST /account/calendar: a new secret URL through rotateCalendarFeed, shown once. */
export function rotateCalendarFromPage(deps: WebDeps, contract: Contract) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    const feed = expectStatus<CalendarFeed>(
      await operate(contract, deps, res, session, {
        method: 'POST',
        path: '/v1/account/calendar-feed',
      }),
      201,
    );
    // Only the token travels: the page builds the URL from Tend's own address again.
    const token = /\/calendar\/(cal_[A-Za-z0-9_-]+)\.ics$/.exec(feed.url)?.[1] ?? '';
    setCookie(res, NEW_FEED_COOKIE, token, {
      secure: deps.secureCookies,
      maxAgeS: 300,
      path: CONNECTIONS,
    });
    seeOther(res, `${CONNECTIONS}#calendar`);
  };
}

/** POST /account/calendar/stop: the URL stops working at once, through deleteCalendarFeed. */
export function stopCalendarFromPage(deps: WebDeps, contract: Contract) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    expectStatus(
      await operate(contract, deps, res, session, {
        method: 'DELETE',
        path: '/v1/account/calendar-feed',
      }),
      204,
    );
    seeOther(res, `${CONNECTIONS}#calendar`);
  };
}
