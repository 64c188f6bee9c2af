import type { Db } from '../db/connect.ts';
import { type NewestFirstKey, newestFirst } from '../paging/newest-first.ts';
import type { WebhookEvent } from './events.ts';

export interface EndpointRow {
  id: string;
  user_id: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  /** Sealed (src/core/sealed.ts); opened only to sign. */
  secret: string;
  enabled: boolean;
  disabled_at: Date | null;
  disabled_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The person's webhooks, newest first, after `after`. */
export async function listEndpoints(
  db: Db,
  userId: string,
  options: { after?: NewestFirstKey | undefined; limit: number },
): Promise<EndpointRow[]> {
  const query = newestFirst(db('webhook_endpoints').where({ user_id: userId }), options);
  return query;
}

/** One of the person's webhooks; another person's is no webhook at all (R3). */
export async function findOwnEndpoint(
  db: Db,
  userId: string,
  id: string,
): Promise<EndpointRow | undefined> {
  return db('webhook_endpoints').where({ id, user_id: userId }).first();
}

/**
 * Turns a webhook off because its deliveries keep failing. True only for the call that
 * turned it off, so its owner is told once however many deliveries give up together.
 */
export async function disableFailing(
  db: Db,
  id: string,
  reason: string,
  now: Date,
): Promise<boolean> {
  const rows = await db('webhook_endpoints')
    .where({ id, enabled: true })
    .update({ enabled: false, disabled_at: now, disabled_reason: reason, updated_at: now })
    .returning('id');
  return rows.length > 0;
}
