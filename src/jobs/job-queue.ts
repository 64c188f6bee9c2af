import {
  type Clock,
  fromKnex,
  type Db as IDatabase,
  type Job,
  PgBoss,
  type Queue,
  type SendOptions,
} from 'pg-boss';
import type { Logger } from 'pino';
import { type Db, isPglite } from '../db/connect.ts';
import { JOB_SCHEMA } from '../db/job-schema.ts';

/** What a queue does with each of its jobs; a job that throws is retried as its queue says. */
export type JobHandler<T extends object> = (job: Job<T>) => Promise<void>;

export interface QueueDefinition<T extends object> {
  name: string;
  /** Retries, backoff, expiry: pg-boss's queue options. */
  options: Omit<Queue, 'name'>;
  work: JobHandler<T>;
  /** How often an idle worker asks for jobs, in seconds (pg-boss's default is 2). */
  pollingIntervalSeconds?: number;
  /**
   * A cron expression (in UTC): pg-boss then sends one job of this queue on that schedule,
   * one across every instance, with `{}` as its data.
   */
  cron?: string;
}

/**
 * Work that outlives a request, kept in PostgreSQL (or PGlite) by pg-boss: a job is
 * claimed by one worker on one instance at a time, retried with backoff when it throws,
 * and survives restarts. Queues are declared before `start()`; every instance declares
 * the same ones and works them.
 */
export interface JobQueue {
  define<T extends object>(queue: QueueDefinition<T>): void;
  /**
   * Something that runs while the queue does, such as a listener that sends jobs: started
   * once the queue has started, stopped before it stops.
   */
  alongside(service: { start(): Promise<void>; stop(): Promise<void> }): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Enqueues a job. With `db` a transaction, the job exists only if that transaction
   * commits, so a write and the work it causes are never separated.
   */
  send<T extends object>(
    name: string,
    data: T,
    options?: Omit<SendOptions, 'db'> & { db?: Db },
  ): Promise<string | null>;
  /** pg-boss itself, for what this interface does not say (tests read job states). */
  readonly boss: PgBoss;
}

export interface JobQueueDeps {
  db: Db;
  log: Pick<Logger, 'warn' | 'error'>;
  /** pg-boss's clock; tests pass its TestClock, which also sets the database's time. */
  clock?: Clock;
}

export function createJobQueue(deps: JobQueueDeps): JobQueue {
  const embedded = isPglite(deps.db);
  const adapter = new PoolAdapter(deps.db);
  const boss = new PgBoss({
    db: adapter,
    schema: JOB_SCHEMA,
    ...(embedded && { backend: 'pglite' as const }),
    ...(deps.clock && { clock: deps.clock }),
  });
  // pg-boss reports a failed poll or maintenance run here; it retries on its own.
  boss.on('error', (error: Error) => deps.log.warn({ err: error }, 'job queue error'));
  const queues: QueueDefinition<object>[] = [];
  const services: { start(): Promise<void>; stop(): Promise<void> }[] = [];
  let started = false;
  return {
    boss,
    define(queue) {
      if (started) throw new Error(`queue ${queue.name} defined after the job queue started`);
      queues.push(queue as unknown as QueueDefinition<object>);
    },
    alongside(service) {
      services.push(service);
    },
    async start() {
      started = true;
      await boss.start();
      for (const queue of queues) {
        await boss.createQueue(queue.name, queue.options);
        // Our own queue options win over what an older version of Tend created.
        await boss.updateQueue(queue.name, queue.options);
        await boss.work<object>(
          queue.name,
          {
            batchSize: 1,
            ...(queue.pollingIntervalSeconds && {
              pollingIntervalSeconds: queue.pollingIntervalSeconds,
            }),
          },
          async ([job]) => {
            if (job) await queue.work(job);
          },
        );
        if (queue.cron) await boss.schedule(queue.name, queue.cron, {}, { tz: 'UTC' });
      }
      for (const service of services) await service.start();
    },
    async stop() {
      if (!started) return;
      started = false;
      for (const service of services) await service.stop();
      await boss.stop({ graceful: true, timeout: 5000 });
    },
    async send(name, data, options = {}) {
      const { db, ...rest } = options;
      if (db) await adapter.prepare(db);
      return boss.send(name, data, { ...rest, ...(db && { db: fromKnex(db) }) });
    },
  };
}

/**
 * pg-boss on Tend's own pool: each statement borrows one of knex's connections (on PGlite
 * its only one, so a statement never lands inside a transaction a request holds open).
 * Scripts of several statements go as one simple query (pg) or through `exec` (PGlite).
 * Session settings pg-boss asks for (its TestClock's) reach every connection it borrows,
 * and the transaction a job is sent in.
 */
class PoolAdapter implements IDatabase {
  private sessionStatements: string[] = [];
  private readonly prepared = new WeakSet<object>();

  constructor(private readonly db: Db) {}

  async setSessionStatements(statements: string[]): Promise<void> {
    this.sessionStatements = statements;
  }

  /** The statements for a transaction a job is sent in; none outside tests. */
  async prepare(trx: Db): Promise<void> {
    for (const statement of this.sessionStatements) await trx.raw(statement);
  }

  async executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
    const connection = await this.db.client.acquireConnection();
    try {
      if (!this.prepared.has(connection)) {
        for (const statement of this.sessionStatements) await connection.query(statement);
        if (this.sessionStatements.length > 0) this.prepared.add(connection);
      }
      if (!values?.length && isPglite(this.db)) {
        const results = await connection.exec(text);
        return { rows: results.flatMap((r: { rows?: unknown[] }) => r.rows ?? []) };
      }
      const result = await connection.query(text, values?.length ? values : undefined);
      return {
        rows: Array.isArray(result)
          ? result.flatMap((r: { rows?: unknown[] }) => r.rows ?? [])
          : result.rows,
      };
    } catch (error) {
      // PGlite's one session must not stay in a transaction a failed script left aborted.
      if (isPglite(this.db)) await connection.query('rollback').catch(() => {});
      throw error;
    } finally {
      await this.db.client.releaseConnection(connection);
    }
  }
}
