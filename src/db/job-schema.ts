import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The schema pg-boss keeps its tables in, apart from Tend's own (docs/scaling.md). */
export const JOB_SCHEMA = 'tend_jobs';

/**
 * pg-boss's tables as its first start on PGlite creates them. The embedded database's
 * migrated template holds them already: made at a first start, they took a second in
 * which the one connection, and so /readyz, waited. pg-boss finds them at its current
 * version and leaves them be; an older set it migrates as it always does. pg-boss is
 * loaded here when asked, not with this module: a start that copies the template only
 * needs jobSchemaVersion.
 */
export async function jobSchemaSql(): Promise<string> {
  const { getConstructionPlans } = await import('pg-boss');
  return getConstructionPlans(JOB_SCHEMA, { backend: 'pglite' });
}

/** What decides jobSchemaSql's text (pg-boss's version and the schema), without loading it. */
export function jobSchemaVersion(): string {
  const manifest = createRequire(import.meta.url).resolve('pg-boss/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return `pg-boss ${version} ${JOB_SCHEMA} pglite`;
}
