import { HttpError } from '../contract/problem.ts';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE']);

/**
 * True when an error means the database cannot be reached right now (as opposed to a
 * bug): refused or dropped connections, PostgreSQL's connection and shutdown classes
 * (SQLSTATE 08, 57P01–57P03), and knex's pool giving up.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; name?: string; message?: string } | null;
  if (!e) return false;
  if (
    e.code &&
    (CONNECTION_CODES.has(e.code) || e.code.startsWith('08') || /^57P0[123]$/.test(e.code))
  ) {
    return true;
  }
  return (
    e.name === 'KnexTimeoutError' ||
    /Connection terminated|Unable to acquire a connection/.test(e.message ?? '')
  );
}

export function databaseUnavailable(): HttpError {
  return new HttpError({
    status: 503,
    code: 'database_unavailable',
    title: 'Service unavailable',
    detail: 'The database is not reachable right now.',
    hint: 'Wait a few seconds and try again.',
    headers: { 'Retry-After': '5' },
  });
}
