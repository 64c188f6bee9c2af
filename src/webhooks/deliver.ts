import { performance } from 'node:perf_hooks';
import type { Job } from 'pg-boss';
import { lazyModule } from '../core/lazy-module.ts';
import { FetchRefused, loadSafeFetch, safePost, TargetRefused } from '../core/safe-fetch.ts';
import type { DeliveryRow } from './delivery-rows.ts';
import { recordAttempt } from './delivery-rows.ts';
import { disableFailing } from './endpoint-rows.ts';
import { entryPayload } from './payload.ts';
import type { WebhookDeps } from './webhook-deps.ts';

/** Loaded when the job workers start, not with every start of a process (a CLI command). */
const standardWebhooks = lazyModule(() => import('standardwebhooks'));

/** What a delivery needs, loaded with the workers rather than in the first delivery. */
export async function loadDeliveryModules(): Promise<void> {
  await Promise.all([standardWebhooks.load(), loadSafeFetch()]);
}

export const DELIVER_QUEUE = 'webhooks.deliver';

/**
 * The retry schedule (docs/webhooks.md): pg-boss waits 60 s × 2^(n−1) to 60 s × 2^n
 * before retry n, at most 4 h, so the 14th and last attempt comes 24¼ to 28¼ hours after
 * the first. One attempt takes at most 10 s; a job not finished in 2 minutes (its worker
 * died) counts as failed and is retried too.
 */
export const DELIVERY_RETRIES = {
  retryLimit: 13,
  retryDelay: 60,
  retryBackoff: true,
  retryDelayMax: 4 * 60 * 60,
  expireInSeconds: 120,
} as const;

export interface DeliverJob {
  delivery_id: string;
}

/** Whether the URL took the delivery: any 2xx, as the Standard Webhooks spec says. */
const accepted = (status: number) => status >= 200 && status < 300;

/** An attempt that failed and will be tried again: pg-boss retries a job that throws. */
export class AttemptFailed extends Error {}

/**
 * One attempt at one delivery: signed as Standard Webhooks says (webhook-id, -timestamp,
 * -signature over `id.timestamp.body`), posted through the safe POST (A21: the address is
 * checked again now, so a host that has since turned private is refused), logged with its
 * status or error and latency. The last failed attempt turns the webhook off and tells its
 * owner by mail, once.
 */
export function deliverWork(deps: WebhookDeps) {
  return async (job: Job<DeliverJob>): Promise<void> => {
    const found = await deps
      .db('webhook_deliveries as d')
      .join('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
      .where('d.id', job.data.delivery_id)
      .first('d.*', 'e.url', 'e.secret', 'e.enabled');
    // Deleted with its webhook, or settled by an earlier run of this job.
    if (found?.status !== 'pending') return;
    const delivery = found as DeliveryRow & { url: string; secret: string; enabled: boolean };
    const attempt = job.retryCount + 1;
    if (!delivery.enabled) {
      await deps
        .db('webhook_deliveries')
        .where({ id: delivery.id })
        .update({ status: 'failed', last_error: 'the webhook was turned off' });
      return;
    }
    const body = delivery.body ?? (await fixBody(deps, delivery));
    const startedAt = deps.now();
    const seconds = Math.floor(startedAt.getTime() / 1000);
    const { Webhook } = await standardWebhooks.load();
    const signature = new Webhook(deps.secrets.open(delivery.secret)).sign(
      delivery.message_id,
      new Date(seconds * 1000),
      body,
    );
    const began = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const answer = await safePost(
        delivery.url,
        body,
        {
          'content-type': 'application/json',
          'user-agent': 'Tend-Webhooks/1',
          'webhook-id': delivery.message_id,
          'webhook-timestamp': String(seconds),
          'webhook-signature': signature,
        },
        { ...deps.fetch, timeoutMs: 10_000 },
      );
      statusCode = answer.status;
    } catch (thrown) {
      if (!(thrown instanceof FetchRefused)) throw thrown;
      error = thrown instanceof TargetRefused ? `refused: ${thrown.message}` : thrown.message;
    }
    const latencyMs = Math.round(performance.now() - began);
    const ok = statusCode !== null && accepted(statusCode);
    const last = !ok && job.retryCount >= DELIVERY_RETRIES.retryLimit;
    await recordAttempt(
      deps.db,
      {
        delivery_id: delivery.id,
        attempt,
        started_at: startedAt,
        status_code: statusCode,
        error,
        latency_ms: latencyMs,
      },
      ok ? { status: 'succeeded', deliveredAt: deps.now() } : last ? { status: 'failed' } : {},
    );
    if (ok) return;
    const why = error ?? `the URL answered ${statusCode}`;
    if (last) return giveUp(deps, delivery, why);
    throw new AttemptFailed(`attempt ${attempt} failed: ${why}`);
  };
}

/** The bytes every attempt sends, fixed by the first: retries are the same message. */
async function fixBody(deps: WebhookDeps, delivery: DeliveryRow): Promise<string> {
  const body = JSON.stringify(await entryPayload(deps.db, delivery, deps.now()));
  await deps.db('webhook_deliveries').where({ id: delivery.id }).update({ body });
  return body;
}

async function giveUp(
  deps: WebhookDeps,
  delivery: DeliveryRow & { url: string },
  why: string,
): Promise<void> {
  const reason = `Tend stopped after a day of failed deliveries (last: ${why}).`;
  const turnedOff = await disableFailing(deps.db, delivery.endpoint_id, reason, deps.now());
  if (!turnedOff) return;
  const owner = await deps.db('users').where({ id: delivery.user_id }).first('email');
  if (!owner) return;
  // docs/security.md R11: the subject is logged, never the body.
  await deps.mailer
    .send({
      to: owner.email,
      subject: 'Tend turned a webhook off',
      text: `Tend could not deliver events to your webhook at ${delivery.url} for more than a day, so it has stopped sending to it.

Last answer: ${why}

Once the URL works again, turn the webhook back on at ${deps.publicUrl}/account/webhooks. Events from while it was off are not sent.`,
    })
    .catch((error: unknown) =>
      deps.log.warn({ err: error, subject: 'Tend turned a webhook off' }, 'mail not sent'),
    );
}
