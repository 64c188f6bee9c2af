import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDb, startedMigrated } from '../../src/db/connect.ts';
import { migrateLatest } from '../../src/db/migrate.ts';
import { pgdataIn, startNewDataDir } from '../../src/db/new-data-dir.ts';
import { pgliteTemplate } from '../../src/db/pglite-template.ts';

/** Every file under `dir`, relative to it, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

// What `tend serve` does first on a new data directory: copy this build's migrated
// template in, on a thread of its own, before the database's code has loaded.
describe.skipIf(process.env.DATABASE_URL)('a new embedded data directory', () => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-new-data-'));
    dirs.push(dir);
    return dir;
  };
  let templateDir: string;
  beforeAll(async () => {
    const template = await pgliteTemplate({ migrated: true });
    if (!template) throw new Error('the migrated template could not be made');
    templateDir = template.dir;
  }, 120_000);
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('is a whole copy of the migrated template, with nothing left to migrate', async () => {
    const dataDir = join(newDir(), 'data');
    expect(await startNewDataDir(dataDir)).toBe(true);
    expect(filesUnder(pgdataIn(dataDir))).toEqual(filesUnder(templateDir));
    expect(readdirSync(dataDir)).toEqual(['pgdata']);
    const db = await connectDb({ dataDir, startMigrated: true });
    try {
      // It existed when connectDb looked, so connectDb made nothing itself.
      expect(startedMigrated(db)).toBe(false);
      expect(await migrateLatest(db)).toEqual([]);
      await db('tasks').select('id').limit(1);
    } finally {
      await db.destroy();
    }
  });

  it('leaves a database that is there alone', async () => {
    const dataDir = newDir();
    mkdirSync(pgdataIn(dataDir));
    writeFileSync(join(pgdataIn(dataDir), 'PG_VERSION'), 'mine\n');
    expect(await startNewDataDir(dataDir)).toBe(false);
    expect(readdirSync(pgdataIn(dataDir))).toEqual(['PG_VERSION']);
  });

  it('replaces what a start cut off while copying left behind', async () => {
    const dataDir = newDir();
    mkdirSync(`${pgdataIn(dataDir)}.partial`);
    writeFileSync(join(`${pgdataIn(dataDir)}.partial`, 'half-a-file'), '');
    expect(await startNewDataDir(dataDir)).toBe(true);
    expect(existsSync(`${pgdataIn(dataDir)}.partial`)).toBe(false);
    expect(filesUnder(pgdataIn(dataDir))).toEqual(filesUnder(templateDir));
  });

  it('is made by connectDb itself when nothing copied it first, and says so', async () => {
    const db = await connectDb({ dataDir: newDir(), startMigrated: true });
    try {
      expect(startedMigrated(db)).toBe(true);
      expect(await migrateLatest(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it("runs PostgreSQL sized for one household's database, not initdb's server", async () => {
    const db = await connectDb({ dataDir: newDir(), startMigrated: true });
    try {
      const { rows } = await db.raw(
        "select name, setting, unit from pg_settings where name in ('shared_buffers', 'max_connections') order by name",
      );
      // shared_buffers counts 8 kB pages: 2048 of them are 16 MB (initdb's 16384 are 128 MB).
      expect(rows).toEqual([
        { name: 'max_connections', setting: '10', unit: null },
        { name: 'shared_buffers', setting: '2048', unit: '8kB' },
      ]);
    } finally {
      await db.destroy();
    }
  });
});
