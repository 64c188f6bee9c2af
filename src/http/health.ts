import express, { type Router } from 'express';
import { HttpError } from '../contract/problem.ts';
import { problemReply } from '../contract/reply.ts';
import type { Db } from '../db/connect.ts';
import { sendReply } from './send-reply.ts';

/** `/healthz`: the process answers. `/readyz`: and its database does too. */
export function healthRouter(db: Db): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await db.raw('select 1');
      res.json({ status: 'ready' });
    } catch (error) {
      res.locals.log.warn({ err: error }, 'database not reachable');
      sendReply(
        res,
        problemReply(
          new HttpError({
            status: 503,
            code: 'database_unavailable',
            title: 'Database unavailable',
            detail: 'The database is not reachable.',
            headers: { 'Retry-After': '5' },
          }),
          res.locals.requestId,
        ),
      );
    }
  });
  return router;
}
