import type { Logger } from 'pino';
import { FetchRefused, type SafeFetchOptions, safePost } from '../core/safe-fetch.ts';
import type { Db } from '../db/connect.ts';
import {
  forgetEndpoint,
  listSubscriptions,
  markDelivered,
  type PushSubscriptionRow,
} from './push-subscriptions.ts';
import type { VapidKeys } from './vapid-keys.ts';
import { webPush } from './web-push-module.ts';

/** What the service worker shows (src/reminders/service-worker.ts). */
export interface PushPayload {
  title: string;
  body: string;
  /** The page a click opens, on Tend itself. */
  url: string;
  /** A newer notification with the same tag replaces the older one. */
  tag: string;
}

export interface PushDeps {
  db: Db;
  now: () => Date;
  log: Pick<Logger, 'info' | 'warn'>;
  /** The server's key pair; undefined when the server secret changed since it was made. */
  vapid: () => Promise<VapidKeys | undefined>;
  /** The VAPID subject: a mailto: or https: URL the push service may contact. */
  subject: string;
  /** Push services are on the public internet; tests allow their loopback stand-in. */
  fetch: SafeFetchOptions;
}

/** A reminder is of no use after a day: a device offline longer does not get it late. */
const TTL_SECONDS = 24 * 60 * 60;

export class PushFailed extends Error {}

/**
 * Sends one notification to each of the person's devices: web-push signs the request
 * (VAPID, RFC 8292) and encrypts the payload (aes128gcm, RFC 8291) for that browser
 * alone; the request goes through safePost (docs/security.md A21), since the push
 * service's URL came from the browser. A 404 or 410 means the browser unsubscribed:
 * the subscription is deleted. Returns how many devices took it; throws PushFailed when
 * a device's service failed (5xx, 429, no answer) so the job is retried.
 */
export async function pushToPerson(
  deps: PushDeps,
  userId: string,
  payload: PushPayload,
): Promise<{ delivered: number; devices: number }> {
  const vapid = await deps.vapid();
  if (!vapid) throw new PushFailed('no VAPID key (the server secret changed)');
  const devices = await listSubscriptions(deps.db, userId);
  let delivered = 0;
  let failed = 0;
  for (const device of devices) {
    const outcome = await pushOne(deps, vapid, device, payload);
    if (outcome === 'delivered') delivered++;
    if (outcome === 'failed') failed++;
  }
  if (failed > 0 && delivered === 0) throw new PushFailed(`${failed} push services failed`);
  return { delivered, devices: devices.length };
}

async function pushOne(
  deps: PushDeps,
  vapid: VapidKeys,
  device: PushSubscriptionRow,
  payload: PushPayload,
): Promise<'delivered' | 'gone' | 'failed'> {
  const details = (await webPush.load()).default.generateRequestDetails(
    { endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } },
    JSON.stringify(payload),
    {
      TTL: TTL_SECONDS,
      contentEncoding: 'aes128gcm',
      vapidDetails: { subject: deps.subject, ...vapid },
      urgency: 'normal',
    },
  );
  const headers = Object.fromEntries(
    Object.entries(details.headers).map(([name, value]) => [name, String(value)]),
  );
  let status: number;
  try {
    ({ status } = await safePost(details.endpoint, details.body, headers, {
      ...deps.fetch,
      timeoutMs: 5000,
    }));
  } catch (error) {
    if (!(error instanceof FetchRefused)) throw error;
    // Never the endpoint in the log: it is the browser's address for messages.
    deps.log.warn({ subscription_id: device.id, reason: error.message }, 'push not sent');
    return 'failed';
  }
  if (status === 404 || status === 410) {
    await forgetEndpoint(deps.db, device.id);
    deps.log.info({ subscription_id: device.id, status }, 'push subscription gone, deleted');
    return 'gone';
  }
  if (status >= 200 && status < 300) {
    await markDelivered(deps.db, device.id, deps.now());
    return 'delivered';
  }
  deps.log.warn({ subscription_id: device.id, status }, 'push service refused');
  return 'failed';
}
