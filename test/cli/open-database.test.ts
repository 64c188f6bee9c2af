import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.ts';
import { openDatabase } from '../../src/cli/open-database.ts';
import { connectDb } from '../../src/db/connect.ts';
import { DataDirLockedError } from '../../src/db/data-dir-lock.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createTestDb } from '../support/db.ts';
import { serverDbUrl } from '../support/db-template.ts';

/** A logger whose lines the test reads. */
function capturedLog() {
  const lines: string[] = [];
  const log = createLogger(
    'info',
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );
  return { log, migrated: () => lines.filter((line) => line.includes('database migrated')) };
}

const ALL = migrations.map((migration) => migration.name);

// `tend serve`'s database, opened while the rest of the server loads (src/cli/main.ts).
describe.skipIf(process.env.DATABASE_URL)('the server opening the embedded database', () => {
  const dirs: string[] = [];
  const newDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-open-'));
    dirs.push(dir);
    return join(dir, 'data');
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('copies a new one from the migrated template, migrates nothing and holds its lock', async () => {
    const config = loadConfig({ DATA_DIR: newDataDir() });
    const { log, migrated } = capturedLog();
    const { db, lock } = await openDatabase(config, log);
    try {
      const { rows } = await db.raw('select name from knex_migrations order by id');
      expect(rows.map((row: { name: string }) => row.name)).toEqual(ALL);
      expect(migrated()).toEqual([]);
      // A second server on the same directory is refused, and takes nothing with it.
      await expect(openDatabase(config, log)).rejects.toBeInstanceOf(DataDirLockedError);
      await db('tasks').select('id').limit(1);
    } finally {
      await db.destroy();
      lock?.release();
    }
    // Opened again, it is the same database, checked and found current.
    const again = await openDatabase(config, log);
    await again.db.destroy();
    again.lock?.release();
    expect(migrated()).toEqual([]);
  });

  it('migrates a database an older build left, and says so', async () => {
    const dataDir = newDataDir();
    // A data directory with no migrations applied, as if made before any of them.
    await (await connectDb({ dataDir })).destroy();
    const { log, migrated } = capturedLog();
    const { db, lock } = await openDatabase(loadConfig({ DATA_DIR: dataDir }), log);
    await db.destroy();
    lock?.release();
    expect(migrated()).toHaveLength(1);
    expect(JSON.parse(migrated()[0] as string).migrations).toEqual(ALL);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('the server opening PostgreSQL', () => {
  it('migrates on a connection of its own, then hands over the pool', async () => {
    const empty = await createTestDb({ migrate: false });
    const { database } = empty.db.client.config.connection as { database: string };
    const url = serverDbUrl(process.env.DATABASE_URL as string, database);
    const { log, migrated } = capturedLog();
    try {
      const { db, lock } = await openDatabase(loadConfig({ DATABASE_URL: url }), log);
      expect(lock).toBeUndefined();
      const { rows } = await db.raw('select count(*)::int as n from knex_migrations');
      expect(rows[0].n).toBe(ALL.length);
      expect(migrated()).toHaveLength(1);
      await db.destroy();
    } finally {
      await empty.destroy();
    }
  });
});
