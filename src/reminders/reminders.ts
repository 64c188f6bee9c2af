import type { Logger } from 'pino';
import { loadSafeFetch, type SafeFetchOptions } from '../core/safe-fetch.ts';
import type { Db } from '../db/connect.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Mailer } from '../mail/mailer.ts';
import { defineReminderJobs } from './reminder-jobs.ts';
import { loadVapidKeys, type VapidKeys } from './vapid-keys.ts';
import { webPush } from './web-push-module.ts';

export interface RemindersDeps {
  db: Db;
  now: () => Date;
  log: Logger;
  jobs: JobQueue;
  mailer: Mailer;
  publicUrl: string;
  serverSecret: string;
  /** The VAPID subject (VAPID_SUBJECT): how a push service reaches the operator. */
  vapidSubject: string;
  /** How push services are called: public internet only, except in tests (A21). */
  pushFetch: SafeFetchOptions;
}

/**
 * Sets reminders up on one instance: the sweep and delivery queues on its job queue, and
 * the server's VAPID keys (made once, on the first start). The keys are read in the
 * background and again by each sweep until they are: building the app needs no database
 * (a database down at start is an outage like any other, docs/design.md §6).
 */
export function setUpReminders(deps: RemindersDeps): void {
  let loaded: Promise<VapidKeys | undefined> | undefined;
  const vapid = () => {
    loaded ??= loadVapidKeys(deps.db, deps.serverSecret, deps.now()).then(
      (keys) => {
        if (!keys) {
          deps.log.error(
            'the VAPID private key was sealed with another TOKEN_SECRET: Web Push is off until it is restored, or the vapid_keys row and push_subscriptions are deleted (every device then subscribes again)',
          );
        }
        return keys;
      },
      (error: unknown) => {
        loaded = undefined;
        throw error;
      },
    );
    return loaded;
  };
  void vapid().catch(() => {});
  // The workers' packages load as they start, so a first push waits on no import.
  deps.jobs.alongside({
    start: async () => {
      await Promise.all([webPush.load(), loadSafeFetch()]);
    },
    stop: async () => {},
  });
  defineReminderJobs(deps.jobs, {
    db: deps.db,
    now: deps.now,
    log: deps.log,
    mailer: deps.mailer,
    publicUrl: deps.publicUrl,
    vapid,
    subject: deps.vapidSubject,
    fetch: deps.pushFetch,
  });
}
