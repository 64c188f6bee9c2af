import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type pg from 'pg';
import { type Db, isPglite } from './connect.ts';

/** A piece of SQL with `?` placeholders, and the values that go in them. */
export interface SqlPart {
  sql: string;
  bindings: readonly Knex.RawBinding[];
}

/**
 * A statement on Tend's hottest paths (listing tasks, adding one), written out with `?`
 * placeholders, its values still only bindings (docs/security.md R12). On PostgreSQL it
 * goes to a pooled connection as a named prepared statement: PostgreSQL parses and plans
 * it once per connection instead of on every call, and the call skips knex's builder
 * and runner, which cost more than the rest of the request's own work (docs/design.md
 * §7). Inside a transaction, and on PGlite, it runs through knex as any other query.
 */
export async function runStatement<Row>(
  db: Db,
  sql: string,
  bindings: readonly Knex.RawBinding[],
): Promise<Row[]> {
  const prepared = preparedOf(sql, bindings.length);
  if ((db as { isTransaction?: boolean }).isTransaction || isPglite(db)) {
    const { rows } = await db.raw(sql, bindings as Knex.RawBinding[]);
    return rows;
  }
  const client = db.client as {
    acquireConnection(): Promise<pg.Client>;
    releaseConnection(connection: pg.Client): Promise<void>;
  };
  const connection = await client.acquireConnection();
  try {
    // The callback form: src/db/connect.ts watches it for a server that stopped answering.
    return await new Promise<Row[]>((resolve, reject) => {
      connection.query(
        { name: prepared.name, text: prepared.text, values: bindings as unknown[] },
        (error: Error | null, result: pg.QueryResult) => {
          if (error) reject(error);
          else resolve(result.rows as Row[]);
        },
      );
    });
  } finally {
    await client.releaseConnection(connection);
  }
}

interface Prepared {
  /** Named by its text, so a connection prepares each distinct statement once. */
  name: string;
  /** With PostgreSQL's `$n` placeholders. */
  text: string;
}

const prepared = new Map<string, Prepared>();

function preparedOf(sql: string, count: number): Prepared {
  let statement = prepared.get(sql);
  if (statement) return statement;
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  if (n !== count) throw new Error(`the statement has ${n} placeholders for ${count} values`);
  const name = `tend_${createHash('sha256').update(sql).digest('hex').slice(0, 16)}`;
  statement = { name, text };
  prepared.set(sql, statement);
  return statement;
}
