import type { Server as NetServer } from 'node:net';
import { buildApp } from './app.ts';
import { adminSocketPath, serveAdminSocket } from './cli/admin-socket.ts';
import type { Config } from './config.ts';
import { connectDb } from './db/connect.ts';
import { type DataDirLock, lockDataDir } from './db/data-dir-lock.ts';
import { startHousekeeping } from './db/housekeeping.ts';
import { migrateLatest } from './db/migrate.ts';
import { createHttpServer } from './http/http-server.ts';
import { createLogger } from './http/logger.ts';

/** The server process: config → database → migrations → listen → graceful shutdown. */
export async function serve(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  const embedded = !config.databaseUrl;
  let lock: DataDirLock | undefined;
  if (embedded) lock = lockDataDir(config.dataDir);
  const db = await connectDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrateLatest(db);
  if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');

  const { app } = await buildApp({ config, db, log });
  const server = createHttpServer(app).listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const now = () => new Date();
  const stopHousekeeping = startHousekeeping(db, now, log);
  let admin: NetServer | undefined;
  if (embedded) {
    admin = await serveAdminSocket(
      config.dataDir,
      { db, now, defaultTimezone: config.defaultTimezone },
      log,
    );
  }
  printBanner(config, embedded);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    admin?.close();
    stopHousekeeping();
    // Stop accepting, let in-flight requests finish, then close idle keep-alive sockets.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timeout = setTimeout(() => server.closeAllConnections(), 10_000);
    await closed;
    clearTimeout(timeout);
    await db.destroy();
    lock?.release();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

function printBanner(config: Config, embedded: boolean): void {
  const url = config.publicUrl;
  const where = embedded
    ? `embedded database in ${config.dataDir} (CLI commands go through ${adminSocketPath(config.dataDir)})`
    : 'PostgreSQL (DATABASE_URL)';
  process.stdout.write(
    [
      '',
      `Tend is running at ${url} on ${where}`,
      '',
      `  Sign up        ${url}/signup  (then Connect ChatGPT and API keys on your dashboard)`,
      `  API            ${url}/v1`,
      `  MCP            ${url}/mcp  (add as a ChatGPT app or Claude connector)`,
      `  Reference      ${url}/docs`,
      `  Contract       ${url}/openapi.yaml`,
      `  ChatGPT Action ${url}/actions/openapi.yaml  (import this URL in the GPT editor)`,
      '',
      'Or create yourself a user and an API key from another terminal:',
      '  npx tend user create --email you@example.com --name "Your Name" --timezone Europe/Berlin',
      '  npx tend key create --email you@example.com --scopes "tasks:read tasks:write"',
      '',
      '',
    ].join('\n'),
  );
}
