import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from '../app/config.ts';
import { UsageError } from './usage-error.ts';

/** How long the primary waits before it forks a worker again that died. */
const RESTART_DELAY_MS = 1000;

/**
 * `--workers N` as given: a whole number from 1 to 64, and only with PostgreSQL. PGlite
 * is one process by design: its data directory belongs to the one server that locked it.
 */
export function workerCount(value: string | undefined, config: Config): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new UsageError('--workers takes a whole number from 1 to 64.');
  }
  if (!config.databaseUrl) {
    throw new UsageError(
      '--workers needs PostgreSQL (DATABASE_URL): the embedded database is one process by design, so run it without --workers.',
    );
  }
  return count;
}

/**
 * The primary of `tend serve --workers N` (node:cluster): it forks N workers, each a full
 * server on the same port (the primary hands connections round); one that dies is forked
 * again; SIGTERM and SIGINT are passed on, and the primary exits once every worker has
 * drained and stopped. Migrations ran before, here, once for all of them.
 */
export function runWorkers(count: number, config: Config, log: Logger): void {
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      log.warn({ pid: worker.process.pid, code, signal }, 'worker died; starting another');
      setTimeout(() => {
        if (!stopping) fork();
      }, RESTART_DELAY_MS);
    });
    return worker;
  };
  for (let i = 0; i < count; i += 1) fork();

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, workers: count }, 'shutting down the workers');
    // Each worker drains within SHUTDOWN_TIMEOUT_MS; a little more for them to exit.
    setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 2000).unref();
    const running = Object.values(cluster.workers ?? {}).filter(
      (w): w is Worker => w !== undefined && !w.isDead(),
    );
    if (running.length === 0) process.exit(0);
    let left = running.length;
    for (const worker of running) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      worker.process.kill(signal);
    }
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
