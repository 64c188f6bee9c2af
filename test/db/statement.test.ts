import { afterAll, describe, expect, it } from 'vitest';
import { isPglite } from '../../src/db/connect.ts';
import { runStatement } from '../../src/db/statement.ts';
import { createTestDb } from '../support/db.ts';

const { db, destroy } = await createTestDb({ migrate: false });
afterAll(() => destroy());

const SQL = 'select ?::int + ?::int as sum, ?::text as word';

describe('a hot statement', () => {
  it('answers its rows, its values sent only as bindings', async () => {
    const rows = await runStatement<{ sum: number; word: string }>(db, SQL, [2, 3, "it's; --"]);
    expect(rows).toEqual([{ sum: 5, word: "it's; --" }]);
  });

  it.skipIf(isPglite(db))(
    'is prepared once per connection on PostgreSQL, then reused',
    async () => {
      // Every connection of the pool, each of which has run it at most once before.
      await Promise.all(Array.from({ length: 8 }, (_, i) => runStatement(db, SQL, [i, 1, 'a'])));
      await runStatement(db, SQL, [1, 1, 'b']);
      const connections = await Promise.all(
        Array.from({ length: 5 }, () =>
          db.transaction(async (trx) => {
            const { rows } = await trx.raw(
              `select count(*) as prepared from pg_prepared_statements
              where name like 'tend\\_%' and statement = ?`,
              ['select $1::int + $2::int as sum, $3::text as word'],
            );
            return rows[0].prepared as number;
          }),
        ),
      );
      // Connections that ran it hold it once; none holds it twice.
      expect(Math.max(...connections)).toBe(1);
    },
  );

  it('runs in the transaction it is given, and rolls back with it', async () => {
    await db.raw('create table if not exists statement_probe (n int)');
    await db
      .transaction(async (trx) => {
        await runStatement(trx, 'insert into statement_probe (n) values (?)', [7]);
        const seen = await runStatement<{ n: number }>(trx, 'select n from statement_probe', []);
        expect(seen).toEqual([{ n: 7 }]);
        throw new Error('roll back');
      })
      .catch(() => {});
    expect(await runStatement(db, 'select n from statement_probe', [])).toEqual([]);
  });

  it("keeps the database's error code, and refuses values that do not match its placeholders", async () => {
    const failed = await runStatement(db, 'select 1/?::int', [0]).catch((error) => error);
    expect(failed.code).toBe('22012');
    await expect(runStatement(db, 'select ?::int', [1, 2])).rejects.toThrow(/placeholders/);
  });
});
