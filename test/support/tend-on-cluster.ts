import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import knex from 'knex';
import { createUser } from '../../src/accounts/users.ts';
import { buildApp } from '../../src/app/build-app.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { connectDb, type Db, type DbTimeouts } from '../../src/db/connect.ts';
import { migrateLatest } from '../../src/db/migrate.ts';
import { createLogger } from '../../src/http/logger.ts';

export interface TendOnCluster {
  /** http://127.0.0.1:PORT of the running server. */
  url: string;
  /** The server's database, with the same timeouts. */
  db: Db;
  /** A database handle without request timeouts, for the test's own checks. */
  check: Db;
  /** `Authorization` header of a user allowed to write records. */
  auth: string;
  close(): Promise<void>;
}

/**
 * Tend served over real HTTP from this process on a database `tend` of the given
 * server (a test-owned cluster), as `serve` runs it: request timeouts on, its own pool.
 */
export async function serveTendOn(
  serverUrl: string,
  options: { timeouts: DbTimeouts; readyTimeoutMs?: number; poolMax?: number },
): Promise<TendOnCluster> {
  const admin = knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  await admin.raw('create database tend');
  await admin.destroy();
  const url = new URL(serverUrl);
  url.pathname = '/tend';
  const check = await connectDb({
    databaseUrl: url.toString(),
    poolMax: 2,
    log: createLogger('silent'),
  });
  await migrateLatest(check);
  const log = createLogger(process.env.FAULTS_LOG ?? 'silent');
  const db = await connectDb({
    databaseUrl: url.toString(),
    poolMax: options.poolMax ?? 10,
    timeouts: options.timeouts,
    log,
  });
  const { app } = await buildApp({
    config: {
      publicUrl: 'http://tend.test',
      validateResponses: true,
      readyTimeoutMs: options.readyTimeoutMs ?? 1000,
    },
    db,
    log,
  });
  const now = new Date();
  const user = await createUser(check, {
    email: 'faults@example.com',
    displayName: 'Faults',
    timezone: 'UTC',
    now,
  });
  const { key } = await createApiKey(check, {
    userId: user.id,
    name: 'faults',
    scopes: ['records:read', 'records:write', 'tasks:read', 'tasks:write'],
    now,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    check,
    auth: `Bearer ${key}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.destroy();
      await check.destroy();
    },
  };
}
