import type { JobQueue } from '../jobs/job-queue.ts';
import { type DeliverDeps, deliver } from './deliver.ts';
import { DELIVER_QUEUE, sweep } from './sweep.ts';

export const SWEEP_QUEUE = 'reminders.sweep';

/**
 * The two queues of reminders: the sweep, once a minute (one job across every instance,
 * pg-boss's schedule), and one delivery job per reminder, retried with growing delays
 * when the mail server or a push service fails (docs/reminders.md).
 */
export function defineReminderJobs(jobs: JobQueue, deps: DeliverDeps): void {
  jobs.define({
    name: SWEEP_QUEUE,
    cron: '* * * * *',
    // A failed sweep is not retried: the next minute's sweeps the same window again.
    options: { retryLimit: 0, expireInSeconds: 120 },
    pollingIntervalSeconds: 5,
    work: async () => {
      // Makes the VAPID keys if the start could not (the database was down then).
      await deps.vapid();
      await sweep({ db: deps.db, jobs, now: deps.now, log: deps.log });
    },
  });
  jobs.define<{ sendId: string }>({
    name: DELIVER_QUEUE,
    options: { retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
    pollingIntervalSeconds: 2,
    work: async (job) => {
      await deliver(deps, job.data.sendId);
    },
  });
}
