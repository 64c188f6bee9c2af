import pg from 'pg';
import type { Logger } from 'pino';
import { type Db, pgliteOf, serverConnection } from './connect.ts';

export interface NoticeListener {
  /** Resolves once the channel is listened to (again, after a dropped connection). */
  listening(): Promise<void>;
  close(): Promise<void>;
}

export interface ListenOptions {
  log: Pick<Logger, 'warn' | 'info'>;
  /** Called with each notice's payload, as sent. */
  onNotice(payload: string): void;
  /**
   * Called when listening starts again after the connection dropped: notices sent
   * meanwhile are lost, so whoever relies on them should look afresh.
   */
  onResumed?(): void;
  /** First wait before reconnecting; it doubles up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * LISTENs on one channel of the database: PGlite through its own `listen()`, PostgreSQL
 * on a dedicated connection outside the pool (a pooled one would be handed to queries
 * and its LISTEN lost), reopened with backoff whenever it drops.
 */
export async function listenForNotices(
  db: Db,
  channel: string,
  options: ListenOptions,
): Promise<NoticeListener> {
  const pglite = pgliteOf(db);
  if (pglite) {
    const unlisten = await pglite.listen(channel, options.onNotice);
    return { listening: async () => {}, close: () => unlisten() };
  }
  const config = serverConnection(db);
  if (!config) throw new Error('neither PGlite nor a PostgreSQL connection string');
  return listenOnServer(config, channel, options);
}

function listenOnServer(
  config: pg.ClientConfig,
  channel: string,
  options: ListenOptions,
): NoticeListener {
  const firstBackoff = options.backoffMs ?? 250;
  const maxBackoff = options.maxBackoffMs ?? 10_000;
  let backoff = firstBackoff;
  let client: pg.Client | undefined;
  let closed = false;
  let everListened = false;
  let retry: NodeJS.Timeout | undefined;
  let ready!: Promise<void>;
  let markReady!: () => void;
  const waitAgain = () => {
    ready = new Promise((resolve) => {
      markReady = resolve;
    });
  };
  waitAgain();

  const connect = async () => {
    if (closed) return;
    const attempt = new pg.Client(config);
    client = attempt;
    let dropped = false;
    const drop = (error?: Error) => {
      if (dropped) return;
      dropped = true;
      attempt.removeAllListeners('notification');
      attempt.end().catch(() => {});
      if (closed) return;
      options.log.warn({ err: error, retry_ms: backoff, channel }, 'notices: connection lost');
      waitAgain();
      retry = setTimeout(connect, backoff);
      backoff = Math.min(backoff * 2, maxBackoff);
    };
    attempt.on('error', drop);
    attempt.on('end', () => drop());
    attempt.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) {
        options.onNotice(message.payload);
      }
    });
    try {
      await attempt.connect();
      await attempt.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      drop(error as Error);
      return;
    }
    if (closed) return void attempt.end().catch(() => {});
    backoff = firstBackoff;
    if (everListened) {
      options.log.info({ channel }, 'notices: listening again');
      options.onResumed?.();
    }
    everListened = true;
    markReady();
  };
  void connect();

  return {
    listening: () => ready,
    async close() {
      closed = true;
      clearTimeout(retry);
      markReady();
      await client?.end().catch(() => {});
    },
  };
}
