/** query_canceled: statement_timeout ran out, the database is too slow to answer now. */
const STATEMENT_TIMEOUT = '57014';
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE']);

/**
 * True when an error means the database cannot be reached right now (as opposed to a
 * bug): refused or dropped connections, PostgreSQL's connection and shutdown classes
 * (SQLSTATE 08, 57P01–57P03), a statement past its timeout (57014), a server that stopped
 * answering (pg's read and connect timeouts), and knex's pool giving up.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; name?: string; message?: string } | null;
  if (!e) return false;
  if (
    e.code &&
    (CONNECTION_CODES.has(e.code) ||
      e.code.startsWith('08') ||
      /^57P0[123]$/.test(e.code) ||
      e.code === STATEMENT_TIMEOUT)
  ) {
    return true;
  }
  return (
    e.name === 'KnexTimeoutError' ||
    /Connection terminated|Unable to acquire a connection|Query read timeout|not queryable|Connection ended unexpectedly/.test(
      e.message ?? '',
    )
  );
}
