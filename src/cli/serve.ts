import cluster from 'node:cluster';
import module from 'node:module';
import type { Server as NetServer } from 'node:net';
import type { Logger } from 'pino';
import { buildApp } from '../app/build-app.ts';
import type { Config } from '../app/config.ts';
import { startHousekeeping } from '../app/housekeeping.ts';
import { providerFromConfig } from '../chat/providers/provider-from-config.ts';
import { trackRequests } from '../http/graceful-shutdown.ts';
import { createHttpServer } from '../http/http-server.ts';
import { createLogger } from '../http/logger.ts';
import { adminSocketPath, serveAdminSocket } from './admin-socket.ts';
import { migrateOnly, type OpenDatabase, openDatabase } from './open-database.ts';
import { runWorkers } from './workers.ts';

export interface ServeOptions {
  /** `--workers N`: this process migrates and becomes the primary of N workers. */
  workers?: number | undefined;
  log?: Logger;
  /** The database already being opened (src/cli/main.ts opens it while this loads). */
  database?: Promise<OpenDatabase>;
}

/**
 * The server process: config → database → migrations → listen → graceful shutdown. With
 * `workers` (PostgreSQL only, checked by workerCount) this process migrates and becomes
 * the primary of that many worker processes, each of which serves as below.
 */
export async function serve(config: Config, options: ServeOptions = {}): Promise<void> {
  const log = options.log ?? createLogger(config.logLevel);
  const embedded = !config.databaseUrl;
  const worker = cluster.isWorker;
  if (options.workers !== undefined && !worker) {
    await migrateOnly(config, log);
    runWorkers(options.workers, config, log);
    printBanner(config, embedded, options.workers);
    return;
  }
  const { db, lock } = await (options.database ?? openDatabase(config, log));

  const chatProvider = providerFromConfig(config.chat);
  const { app, changes, credentials, jobs } = await buildApp({
    config,
    db,
    log,
    ...(chatProvider && { chatProvider }),
    chatPolicy: config.chatPolicy,
  });
  // Live pages hear of changes from the start; a database not reachable yet is retried.
  void changes.start().catch(() => {});
  // Credentials ended on another instance stop here within moments, not the caches' 30 s.
  void credentials.start().catch(() => {});
  const server = createHttpServer(app).listen(config.port, config.host);
  const requests = trackRequests(server);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  // A SIGTERM from the moment /readyz can answer shuts down gracefully: the handlers are
  // in place before anything else starts, and whatever has started by then is stopped.
  let stopping = false;
  let admin: NetServer | undefined;
  let stopHousekeeping = () => {};
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    log.info({ signal }, 'shutting down');
    // Whatever happens below, the process is gone by the deadline.
    setTimeout(() => process.exit(1), config.shutdownTimeoutMs).unref();
    admin?.close();
    stopHousekeeping();
    // Live streams never finish on their own: they end first, so they hold nothing up.
    await changes.stop().catch((error: unknown) => log.warn({ err: error }, 'ending live streams'));
    await credentials.stop().catch(() => {});
    // Requests that have arrived finish; a little of the time is kept to close the database.
    const drainMs = Math.max(
      0,
      config.shutdownTimeoutMs - Math.min(1000, config.shutdownTimeoutMs / 4),
    );
    const finished = await requests.drain(drainMs);
    if (!finished) log.warn({ waited_ms: drainMs }, 'requests cut off at shutdown');
    // A job being worked finishes (or is retried later by another instance).
    await jobs.stop().catch((error: unknown) => log.warn({ err: error }, 'stopping the jobs'));
    await db.destroy().catch((error: unknown) => log.warn({ err: error }, 'closing the database'));
    lock?.release();
    log.info({ latency_ms: Date.now() - started }, 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  // What this start compiled is kept for the next (scripts/tend.js): the server only ever
  // exits by a signal, when Node would not write it. Absent before Node 22.10.
  module.flushCompileCache?.();
  // Webhook deliveries and reminders are worked on every instance; each job by one. A stop
  // that came while they started has stopped them already.
  await jobs.start().catch((error: unknown) => {
    if (!stopping) throw error;
  });
  if (stopping) return;
  const now = () => new Date();
  stopHousekeeping = startHousekeeping(db, now, log);
  if (embedded) {
    admin = await serveAdminSocket(
      config.dataDir,
      { db, now, defaultTimezone: config.defaultTimezone, publicUrl: config.publicUrl },
      log,
    );
    if (stopping) admin.close();
  }
  if (stopping) return;
  if (worker) log.info({ pid: process.pid }, 'worker listening');
  else printBanner(config, embedded);
}

function printBanner(config: Config, embedded: boolean, workers?: number): void {
  const url = config.publicUrl;
  const where = embedded
    ? `embedded database in ${config.dataDir} (CLI commands go through ${adminSocketPath(config.dataDir)})`
    : `PostgreSQL (DATABASE_URL)${workers ? ` with ${workers} worker processes` : ''}`;
  process.stdout.write(
    [
      '',
      `Tend is running at ${url} on ${where}`,
      '',
      `  Your Tend      ${url}/  (sign up or sign in: Today, Tasks, Search)`,
      `  Sign up        ${url}/signup  (then Connect ChatGPT and API keys under Account)`,
      `  API            ${url}/v1`,
      `  MCP            ${url}/mcp  (add as a ChatGPT app or Claude connector)`,
      `  Reference      ${url}/docs`,
      `  Contract       ${url}/openapi.yaml`,
      `  ChatGPT Action ${url}/actions/openapi.yaml  (import this URL in the GPT editor)`,
      '',
      'Or create yourself a user and an API key from another terminal:',
      '  npx tend user create --email you@example.com --name "Your Name" --timezone Europe/Berlin',
      '  npx tend key create --email you@example.com --scopes "tasks:read tasks:write records:read records:write"',
      '',
      '',
    ].join('\n'),
  );
}
