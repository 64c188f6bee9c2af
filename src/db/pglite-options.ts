import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * How every PGlite database of Tend's starts (the embedded one, its templates, the tests'):
 * the extensions it loads, and PostgreSQL sized for one household's database of a few
 * megabytes rather than initdb's server defaults. 128 MB of shared buffers were 110 MB of
 * memory and about 150 ms of every start; the operating system caches the data files
 * anyway. PGlite runs a single backend, so ten connection slots are plenty for the lock
 * table they size.
 */
export const PGLITE_OPTIONS = {
  extensions: { pg_trgm },
  startParams: [
    ...PGlite.defaultStartParams,
    '-c',
    'shared_buffers=16MB',
    '-c',
    'max_connections=10',
  ],
} satisfies PGliteOptions;
