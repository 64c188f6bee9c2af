import type { Db } from '../db/connect.ts';

export interface PushSubscriptionRow {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  label: string;
  created_at: Date;
  last_success_at: Date | null;
}

/** At most this many devices per person: each costs a request per reminder. */
export const MAX_DEVICES = 20;

export function listSubscriptions(db: Db, userId: string): Promise<PushSubscriptionRow[]> {
  return db('push_subscriptions')
    .where({ user_id: userId })
    .orderBy('created_at')
    .select('id', 'endpoint', 'p256dh', 'auth', 'label', 'created_at', 'last_success_at');
}

/**
 * Keeps a browser's subscription for this person. The same endpoint subscribed again (the
 * browser renewed its keys) keeps its row with the new keys; another person's row for the
 * same endpoint (a shared computer) is theirs and stays as it is.
 */
export async function saveSubscription(
  db: Db,
  userId: string,
  sub: { endpoint: string; p256dh: string; auth: string; label: string },
  now: Date,
): Promise<PushSubscriptionRow> {
  const [row] = await db('push_subscriptions')
    .insert({ user_id: userId, ...sub, created_at: now })
    .onConflict(['user_id', 'endpoint'])
    .merge(['p256dh', 'auth', 'label'])
    .returning(['id', 'endpoint', 'p256dh', 'auth', 'label', 'created_at', 'last_success_at']);
  return row as PushSubscriptionRow;
}

export async function countSubscriptions(db: Db, userId: string): Promise<number> {
  const [row] = await db('push_subscriptions').where({ user_id: userId }).count('* as n');
  return Number(row?.n ?? 0);
}

export async function deleteSubscription(db: Db, userId: string, id: string): Promise<boolean> {
  const gone = await db('push_subscriptions').where({ user_id: userId, id }).del().returning('id');
  return gone.length > 0;
}

/** The push service said the subscription is gone (404/410): so is ours. */
export async function forgetEndpoint(db: Db, id: string): Promise<void> {
  await db('push_subscriptions').where({ id }).del();
}

export async function markDelivered(db: Db, id: string, now: Date): Promise<void> {
  await db('push_subscriptions').where({ id }).update({ last_success_at: now });
}
