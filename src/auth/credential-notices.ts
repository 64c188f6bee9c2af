import type { Logger } from 'pino';
import type { Db } from '../db/connect.ts';
import { listenForNotices, type NoticeListener } from '../db/notice-listener.ts';
import type { CredentialCaches } from './credential-caches.ts';

/** The channel the credential triggers announce on (migration 0113). */
export const CREDENTIALS_CHANNEL = 'tend_credentials';

export interface CredentialNotices {
  /** Listens from now on; the server calls it once it is up. */
  start(): Promise<void>;
  /** Resolves once notices are being received. */
  listening(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Hears every instance's ended credentials (a revoked key or grant, a changed password,
 * a deleted account) and drops that person's cached ones here. When the listening
 * connection was lost, notices may have been missed: everything is dropped then, and the
 * caches' own 30 s bound is what remains while it is away.
 */
export function createCredentialNotices(deps: {
  db: Db;
  caches: CredentialCaches;
  log: Pick<Logger, 'warn' | 'info'>;
}): CredentialNotices {
  let listener: Promise<NoticeListener> | undefined;
  let stopped = false;
  const onNotice = (payload: string) => {
    const userId = userOf(payload);
    if (userId) deps.caches.forget(userId);
    else deps.log.warn({}, 'credential notices: a notice Tend cannot read');
  };
  const notices: CredentialNotices = {
    start() {
      if (stopped) return Promise.resolve();
      listener ??= listenForNotices(deps.db, CREDENTIALS_CHANNEL, {
        log: deps.log,
        onNotice,
        onResumed: () => deps.caches.forgetAll(),
      });
      listener.catch((error: unknown) =>
        deps.log.warn({ err: error }, 'credential notices: could not listen'),
      );
      return listener.then(() => {});
    },
    async listening() {
      await notices.start();
      await (await listener)?.listening();
    },
    async stop() {
      stopped = true;
      const open = listener;
      listener = undefined;
      await (await open?.catch(() => undefined))?.close();
    },
  };
  return notices;
}

function userOf(payload: string): string | undefined {
  try {
    const { user_id } = JSON.parse(payload) as { user_id?: unknown };
    return typeof user_id === 'string' ? user_id : undefined;
  } catch {
    return undefined;
  }
}
