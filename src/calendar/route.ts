import express, { type Router } from 'express';
import type { Db } from '../db/connect.ts';
import { feedEvents } from './feed-events.ts';
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
    const owner = await findFeedOwner(deps.db, req.params.token);
    if (!owner) return next();
    const now = deps.now();
    const events = await feedEvents(deps.db, { ...owner, host }, now);
    res.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
    });
    res.send(writeFeed(events, now));
  });
  return router;
}
