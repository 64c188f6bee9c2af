import type { Logger } from 'pino';
import type { Db } from '../db/connect.ts';
import { listenForNotices, type NoticeListener } from '../db/notice-listener.ts';

/** The channel the activity journal's trigger announces on (migration 0107). */
export const CHANGES_CHANNEL = 'tend_changes';

/** One change to a person's data, as the database announced it: what, never its content. */
export interface ChangeNotice {
  entity: string;
  entity_id: string;
  operation: string;
}

export interface Subscriber {
  /** A change to this person's data; `null` when notices may have been missed. */
  change(notice: ChangeNotice | null): void;
  /** The feed is stopping: finish the stream. */
  end(): void;
}

export interface ChangeFeed {
  /** Listens from now on; called by the first subscriber if nobody called it before. */
  start(): Promise<void>;
  /** Resolves once notices are being received. */
  listening(): Promise<void>;
  /** Delivers this person's changes, and only theirs, until the returned function is called. */
  subscribe(userId: string, subscriber: Subscriber): () => void;
  /** Whether `stop` has been called: a new stream should not begin. */
  readonly stopped: boolean;
  /** Ends every subscriber's stream and stops listening. */
  stop(): Promise<void>;
}

/**
 * Fans the database's change notices out to the people they belong to: every Tend
 * instance on the same database hears every commit (docs/security.md R13: each
 * subscriber gets its own person's notices alone).
 */
export function createChangeFeed(deps: { db: Db; log: Pick<Logger, 'warn' | 'info'> }): ChangeFeed {
  const byUser = new Map<string, Set<Subscriber>>();
  let listener: Promise<NoticeListener> | undefined;
  let stopped = false;

  const deliver = (payload: string) => {
    const notice = parse(payload);
    if (!notice) return deps.log.warn({}, 'change notices: a notice Tend cannot read');
    for (const subscriber of byUser.get(notice.user_id) ?? []) {
      subscriber.change({
        entity: notice.entity,
        entity_id: notice.entity_id,
        operation: notice.operation,
      });
    }
  };
  const everyone = () => {
    for (const subscribers of byUser.values()) for (const s of subscribers) s.change(null);
  };

  const feed: ChangeFeed = {
    start() {
      if (stopped) return Promise.resolve();
      listener ??= listenForNotices(deps.db, CHANGES_CHANNEL, {
        log: deps.log,
        onNotice: deliver,
        onResumed: everyone,
      });
      listener.catch((error: unknown) =>
        deps.log.warn({ err: error }, 'change notices: could not listen'),
      );
      return listener.then(() => {});
    },
    async listening() {
      await feed.start();
      await (await listener)?.listening();
    },
    subscribe(userId, subscriber) {
      void feed.start().catch(() => {});
      const subscribers = byUser.get(userId) ?? new Set<Subscriber>();
      byUser.set(userId, subscribers);
      subscribers.add(subscriber);
      return () => {
        subscribers.delete(subscriber);
        if (subscribers.size === 0 && byUser.get(userId) === subscribers) byUser.delete(userId);
      };
    },
    get stopped() {
      return stopped;
    },
    async stop() {
      stopped = true;
      for (const subscribers of byUser.values()) for (const s of subscribers) s.end();
      byUser.clear();
      const open = listener;
      listener = undefined;
      await (await open?.catch(() => undefined))?.close();
    },
  };
  return feed;
}

interface Notice extends ChangeNotice {
  user_id: string;
}

function parse(payload: string): Notice | undefined {
  try {
    const value = JSON.parse(payload) as Partial<Record<keyof Notice, unknown>>;
    const { user_id, entity, entity_id, operation } = value;
    if ([user_id, entity, entity_id, operation].every((v) => typeof v === 'string')) {
      return value as Notice;
    }
  } catch {}
  return undefined;
}
