import express, { type Router } from 'express';
import { databaseUnavailable } from '../core/problems/server.ts';
import type { Db } from '../db/connect.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { type FeedEvent, feedEvents } from './feed-events.ts';
import { findFeedOwner } from './feed-tokens.ts';
import { writeFeed } from './write-feed.ts';

/**
 * `GET /calendar/<token>.ics`: the secret feed calendar apps subscribe to. The token is
 * the only credential (calendar apps cannot send headers), so it is long, random, stored
 * hashed, rotatable, and kept out of the access log (see http/logged-path.ts).
 */
export function calendarRouter(deps: { db: Db; now: () => Date; publicUrl: string }): Router {
  const router = express.Router();
  const host = new URL(deps.publicUrl).host;
  router.get('/calendar/:token.ics', async (req, res, next) => {
    const now = deps.now();
    const events = await ownerEvents(deps.db, req.params.token, host, now);
    if (!events) return next();
    res.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
    });
    res.send(writeFeed(events, now));
  });
  return router;
}

/** The events of the feed a token opens; undefined for an unknown token. */
async function ownerEvents(
  db: Db,
  token: string,
  host: string,
  now: Date,
): Promise<FeedEvent[] | undefined> {
  try {
    const owner = await findFeedOwner(db, token);
    return owner && (await feedEvents(db, { ...owner, host }, now));
  } catch (error) {
    // Calendar apps retry after a 503 with Retry-After; a 500 may end the subscription.
    throw isDatabaseUnavailable(error) ? databaseUnavailable() : error;
  }
}
