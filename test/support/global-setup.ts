import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTemplate } from './db-template.ts';

/**
 * Migrates one database before any test file runs, so each file starts from a copy of
 * it rather than running every migration again: a PGlite data directory written to a
 * temporary file, or a template database on the PostgreSQL server named by DATABASE_URL.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = await buildTemplate(process.env.DATABASE_URL);
  if (template.kind === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'tend-test-'));
    const file = join(dir, 'migrated.tar');
    await writeFile(file, template.dump);
    project.provide('dbTemplate', { kind: 'pglite', file });
    return () => rm(dir, { recursive: true, force: true });
  }
  project.provide('dbTemplate', { kind: 'postgres', database: template.database });
  return template.drop;
}
