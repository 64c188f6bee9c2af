import express, { type Router } from 'express';
import { problemReply } from '../contract/reply.ts';
import { databaseUnavailable } from '../core/problems/server.ts';
import type { Db } from '../db/connect.ts';
import { sendReply } from './send-reply.ts';

/**
 * `/healthz`: the process answers. `/readyz`: and its database does too, within
 * `timeoutMs`: a hung database is as unready as a missing one, and a load balancer's
 * probe must hear so before its own timeout rather than hang.
 */
export function healthRouter(db: Db, options: { timeoutMs: number }): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await withinTime(db.raw('select 1'), options.timeoutMs);
      res.json({ status: 'ready' });
    } catch (error) {
      res.locals.log.warn({ err: error }, 'database not reachable');
      sendReply(res, problemReply(databaseUnavailable(), res.locals.requestId));
    }
  });
  return router;
}

class ReadinessTimeout extends Error {
  override name = 'ReadinessTimeout';
}

async function withinTime<T>(work: PromiseLike<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ReadinessTimeout(`no answer within ${ms} ms`)), ms);
  });
  // Once: a knex query runs again on every `then`. Late, it goes on in the background
  // and its outcome matters to no one.
  const running = Promise.resolve(work);
  running.catch(() => undefined);
  try {
    return await Promise.race([running, late]);
  } finally {
    clearTimeout(timer);
  }
}
