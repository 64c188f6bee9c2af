import { getConstructionPlans } from 'pg-boss';

/** The schema pg-boss keeps its tables in, apart from Tend's own (docs/scaling.md). */
export const JOB_SCHEMA = 'tend_jobs';

/**
 * pg-boss's tables as its first start on PGlite creates them. The embedded database's
 * migrated template holds them already: made at a first start, they took a second in
 * which the one connection, and so /readyz, waited. pg-boss finds them at its current
 * version and leaves them be; an older set it migrates as it always does.
 */
export function jobSchemaSql(): string {
  return getConstructionPlans(JOB_SCHEMA, { backend: 'pglite' });
}
