import type { Request, RequestHandler, Response } from 'express';
import { currentSession } from '../../auth/session-cookie.ts';
import type { ChangeFeed, ChangeNotice } from '../../live/change-feed.ts';
import type { DashboardDeps } from '../page-context.ts';
import type { PageFamily } from '../page-family.ts';

/** A comment this often keeps proxies and browsers from closing a quiet stream. */
export const HEARTBEAT_MS = 25_000;
/** How long the browser waits before reconnecting a stream that dropped. */
const RETRY_MS = 3_000;

/**
 * GET /live: a Server-Sent Events stream of the signed-in person's own changes, and
 * nobody else's (docs/security.md R13). Each event names a changed item (`entity`,
 * `entity_id`, `operation`) and nothing of its content; the page fetches itself again to
 * show it. Signed out: 401, and EventSource stops asking.
 */
export function liveStream(deps: DashboardDeps): RequestHandler {
  return async (req, res) => {
    const session = await currentSession(req, deps);
    if (!session) {
      res.status(401).type('text/plain; charset=utf-8').send('Sign in to get live updates.\n');
      return;
    }
    if (deps.changes.stopped) {
      res.status(503).setHeader('Retry-After', '5');
      res.type('text/plain; charset=utf-8').send('Tend is restarting.\n');
      return;
    }
    openStream(req, res, deps.changes, session.userId, () => currentSession(req, deps));
  };
}

function openStream(
  req: Request,
  res: Response,
  changes: ChangeFeed,
  userId: string,
  stillSignedIn: () => Promise<unknown>,
): void {
  res.status(200);
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  // Never compressed (Tend compresses nothing) nor held back by a buffering proxy (nginx
  // reads this): each event goes out whole, when it happens.
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  req.socket.setNoDelay(true);
  req.socket.setTimeout(0);
  res.write(`retry: ${RETRY_MS}\n: listening\n\n`);

  let ended = false;
  const finish = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  const unsubscribe = changes.subscribe(userId, {
    change(notice) {
      if (!ended) res.write(event(notice));
    },
    end: finish,
  });
  // A signed-out or expired session ends its stream at the next heartbeat.
  const heartbeat = setInterval(async () => {
    const signedIn = await stillSignedIn().catch(() => true);
    if (!signedIn) return finish();
    if (!ended) res.write(': heartbeat\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  res.on('close', finish);
}

function event(notice: ChangeNotice | null): string {
  const data = notice
    ? { entity: notice.entity, entity_id: notice.entity_id, operation: notice.operation }
    : { resync: true };
  return `event: change\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The stream as a page family: one path, outside the pages' form handling. */
export const liveFamily: PageFamily = (routes, deps) => {
  routes.get('/live', liveStream(deps));
};
