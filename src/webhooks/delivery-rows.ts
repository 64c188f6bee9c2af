import type { Db } from '../db/connect.ts';
import { type NewestFirstKey, newestFirst } from '../paging/newest-first.ts';

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  user_id: string;
  event_type: string;
  message_id: string;
  activity_id: string | null;
  body: string | null;
  status: DeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  last_latency_ms: number | null;
  created_at: Date;
  queued_at: Date | null;
  delivered_at: Date | null;
}

export interface AttemptRow {
  delivery_id: string;
  attempt: number;
  started_at: Date;
  status_code: number | null;
  error: string | null;
  latency_ms: number;
}

/** A webhook's deliveries, newest first, after `after`. */
export async function listDeliveries(
  db: Db,
  endpointId: string,
  options: { after?: NewestFirstKey | undefined; limit: number },
): Promise<DeliveryRow[]> {
  const query = newestFirst(db('webhook_deliveries').where({ endpoint_id: endpointId }), options);
  return query;
}

/** Every attempt at these deliveries, first to last, by delivery. */
export async function attemptsOf(
  db: Db,
  deliveryIds: readonly string[],
): Promise<Map<string, AttemptRow[]>> {
  const byDelivery = new Map<string, AttemptRow[]>();
  if (deliveryIds.length === 0) return byDelivery;
  const rows: AttemptRow[] = await db('webhook_attempts')
    .whereIn('delivery_id', deliveryIds)
    .orderBy([{ column: 'delivery_id' }, { column: 'attempt' }, { column: 'started_at' }])
    .select('delivery_id', 'attempt', 'started_at', 'status_code', 'error', 'latency_ms');
  for (const row of rows) {
    byDelivery.set(row.delivery_id, [...(byDelivery.get(row.delivery_id) ?? []), row]);
  }
  return byDelivery;
}

/** One attempt, logged, and the delivery's summary of its latest. */
export async function recordAttempt(
  db: Db,
  attempt: AttemptRow,
  outcome: { status?: DeliveryStatus; deliveredAt?: Date },
): Promise<void> {
  await db.transaction(async (trx) => {
    await trx('webhook_attempts').insert(attempt);
    await trx('webhook_deliveries')
      .where({ id: attempt.delivery_id })
      .update({
        attempts: attempt.attempt,
        last_status_code: attempt.status_code,
        last_error: attempt.error,
        last_latency_ms: attempt.latency_ms,
        ...(outcome.status && { status: outcome.status }),
        ...(outcome.deliveredAt && { delivered_at: outcome.deliveredAt }),
      });
  });
}

/** How long the delivery log keeps a delivery and its attempts (docs/webhooks.md). */
export const DELIVERY_LOG_DAYS = 30;

/**
 * Housekeeping: deliveries made more than 30 days ago, with their attempts, once settled;
 * one still being tried stays until it succeeds or fails.
 */
export async function purgeDeliveryLog(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - DELIVERY_LOG_DAYS * 24 * 60 * 60 * 1000);
  const rows = await db('webhook_deliveries')
    .where('created_at', '<', before)
    .whereNot({ status: 'pending' })
    .delete()
    .returning('id');
  return rows.length;
}
