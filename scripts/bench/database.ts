import { randomBytes } from 'node:crypto';
import { createUser } from '../../src/accounts/users.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import type { Scope } from '../../src/auth/principal.ts';
import { connectDb, type Db } from '../../src/db/connect.ts';
import { migrateLatest } from '../../src/db/migrate.ts';

export const BENCH_TIMEZONE = 'Europe/Berlin';

export interface BenchDatabase {
  name: string;
  url: string;
  userId: string;
  apiKey: string;
  /** Drops the database; safe to call more than once. */
  drop(): Promise<void>;
}

/**
 * Creates a throwaway database on the server `adminUrl` points at (any database there
 * will do for CREATE/DROP DATABASE), migrates it and adds the bench user and a key with
 * these scopes.
 */
export async function createBenchDatabase(
  adminUrl: string,
  scopes: Scope[] = ['tasks:read'],
): Promise<BenchDatabase> {
  const name = `tend_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = await connectDb({ databaseUrl: adminUrl, poolMax: 1 });
  await admin.raw(`create database "${name}"`);

  // One shared promise: a failure and Ctrl-C may both ask to drop, and both must wait.
  let dropping: Promise<void> | undefined;
  const drop = () => {
    dropping ??= (async () => {
      // FORCE ends sessions a killed child may have left behind (PostgreSQL 13+).
      await admin.raw(`drop database if exists "${name}" with (force)`);
      await admin.destroy();
    })();
    return dropping;
  };

  try {
    const db = await connectDb({ databaseUrl: url.toString() });
    try {
      await migrateLatest(db);
      const now = new Date();
      const user = await createUser(db, {
        email: 'bench@example.com',
        displayName: 'Bench User',
        timezone: BENCH_TIMEZONE,
        now,
      });
      const key = await createApiKey(db, {
        userId: user.id,
        name: 'bench',
        scopes,
        now,
      });
      return { name, url: url.toString(), userId: user.id, apiKey: key.key, drop };
    } finally {
      await db.destroy();
    }
  } catch (error) {
    await drop();
    throw error;
  }
}

/** Opens the bench database for seeding; the caller destroys it. */
export function openBenchDatabase(bench: BenchDatabase): Promise<Db> {
  return connectDb({ databaseUrl: bench.url, poolMax: 2 });
}
