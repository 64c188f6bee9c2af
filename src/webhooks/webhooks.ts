import {
  DELIVER_QUEUE,
  DELIVERY_RETRIES,
  type DeliverJob,
  deliverWork,
  loadDeliveryModules,
} from './deliver.ts';
import { createDispatcher, queuePending, SWEEP_QUEUE } from './dispatch.ts';
import type { WebhookDeps } from './webhook-deps.ts';

/**
 * Webhooks on the job queue: the deliveries' queue with its retry schedule, the sweep
 * every minute, and the dispatcher that queues new deliveries while the queue runs.
 */
export function defineWebhookJobs(deps: WebhookDeps) {
  deps.jobs.define<DeliverJob>({
    name: DELIVER_QUEUE,
    options: DELIVERY_RETRIES,
    pollingIntervalSeconds: 1,
    work: deliverWork(deps),
  });
  deps.jobs.define({
    name: SWEEP_QUEUE,
    options: { retryLimit: 0, expireInSeconds: 60 },
    cron: '* * * * *',
    work: async () => {
      await queuePending(deps.db, deps.jobs, deps.now);
    },
  });
  // The workers' packages load as they start, so a first delivery waits on no import.
  deps.jobs.alongside({ start: loadDeliveryModules, stop: async () => {} });
  const dispatcher = createDispatcher(deps);
  deps.jobs.alongside(dispatcher);
  return dispatcher;
}
