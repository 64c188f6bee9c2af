import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../src/db/connect.ts';
import { JOB_SCHEMA, jobSchemaSql } from '../../src/db/job-schema.ts';
import { migrateLatest } from '../../src/db/migrate.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { pgliteTemplate } from '../../src/db/pglite-template.ts';

// The embedded database's first start: from a copy of initdb, or of a database this
// build's migrations already made (what `tend serve` asks for).
describe.skipIf(process.env.DATABASE_URL)('a new embedded database', () => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-template-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('started migrated has every migration of this build and nothing left to run', async () => {
    const db = await connectDb({ dataDir: newDir(), startMigrated: true });
    try {
      expect(await migrateLatest(db)).toEqual([]);
      const { rows } = await db.raw('select name from knex_migrations order by id');
      expect(rows.map((row: { name: string }) => row.name)).toEqual(
        migrations.map((migration) => migration.name),
      );
      // The schema is really there, not only the bookkeeping.
      await db('tasks').select('id').limit(1);
      // And the job queue's, at the version this pg-boss would make.
      const { rows: versions } = await db.raw(`select version from ${JOB_SCHEMA}.version`);
      expect(versions).toHaveLength(1);
      expect(await jobSchemaSql()).toContain(`'${versions[0].version}'`);
    } finally {
      await db.destroy();
    }
  });

  it('started plain has no migrations applied, for the migration tests', async () => {
    const db = await connectDb({ dataDir: newDir() });
    try {
      expect(await migrateLatest(db)).toEqual(migrations.map((migration) => migration.name));
    } finally {
      await db.destroy();
    }
  });

  it("holds Tend's database alone, without initdb's templates nobody reads", async () => {
    const db = await connectDb({ dataDir: newDir(), startMigrated: true });
    try {
      const { rows } = await db.raw('select datname from pg_database order by datname');
      expect(rows).toEqual([{ datname: 'postgres' }]);
    } finally {
      await db.destroy();
    }
  });

  it('keeps the migrated copy apart from the plain one', async () => {
    const plain = await pgliteTemplate();
    const migrated = await pgliteTemplate({ migrated: true });
    expect(plain?.dir).toMatch(/pglite-[\d.]+\/pgdata$/);
    expect(migrated?.dir).toMatch(/pglite-[\d.]+-migrated-[0-9a-f]{16}\/pgdata$/);
  });
});
