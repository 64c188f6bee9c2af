import type { Db } from '../db/connect.ts';
import { listenForNotices, type NoticeListener } from '../db/notice-listener.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { DELIVER_QUEUE, type DeliverJob } from './deliver.ts';
import type { WebhookDeps } from './webhook-deps.ts';

/** The channel the journal's trigger announces new deliveries on (migration 0114). */
export const WEBHOOKS_CHANNEL = 'tend_webhooks';
export const SWEEP_QUEUE = 'webhooks.sweep';

const BATCH = 100;

/**
 * Queues a delivery job for every delivery the journal's trigger made and nobody queued
 * yet, each job in the transaction that marks its delivery queued: a delivery is queued
 * once, by one instance (the others skip the rows it holds), and never lost.
 */
export async function queuePending(db: Db, jobs: JobQueue, now: () => Date): Promise<number> {
  let total = 0;
  for (;;) {
    const queued = await db.transaction(async (trx) => {
      const rows: { id: string }[] = await trx('webhook_deliveries')
        .whereNull('queued_at')
        .orderBy('created_at')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .select('id');
      for (const row of rows) {
        await jobs.send<DeliverJob>(DELIVER_QUEUE, { delivery_id: row.id }, { db: trx });
      }
      if (rows.length > 0) {
        await trx('webhook_deliveries')
          .whereIn(
            'id',
            rows.map((r) => r.id),
          )
          .update({ queued_at: now() });
      }
      return rows.length;
    });
    total += queued;
    if (queued < BATCH) return total;
  }
}

/**
 * Queues new deliveries as soon as the trigger announces them, on every instance; the
 * sweep (every minute) queues what a missed notice left. Runs while the job queue does.
 */
export function createDispatcher(deps: WebhookDeps) {
  let listener: NoticeListener | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = queuePending(deps.db, deps.jobs, deps.now)
      .then(
        () => {},
        (error: unknown) => deps.log.warn({ err: error }, 'webhooks: queueing failed'),
      )
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return {
    async start() {
      listener = await listenForNotices(deps.db, WEBHOOKS_CHANNEL, {
        log: deps.log,
        onNotice: run,
        onResumed: run,
      });
      run();
    },
    async stop() {
      await listener?.close();
      listener = undefined;
      await running;
    },
    /** Resolves when no queueing is under way (tests wait for it). */
    settled: async () => {
      while (running) await running;
    },
  };
}
