import { randomUUID } from 'node:crypto';
import { accountNotEmpty } from '../../core/problems/data.ts';
import type { Db } from '../../db/connect.ts';
import { nameKey } from '../../subjects/name-key.ts';
import { checkExport } from './check-export.ts';
import type { AccountExport, ExportSubject } from './export-format.ts';

/** Rows per insert statement: well below PostgreSQL's 65,535 bindings. */
const CHUNK = 500;

export interface ImportCounts {
  subjects: number;
  tasks: number;
  records: number;
}

/**
 * Stores an export document in an account that has nothing in it yet, all of it or none
 * (one transaction). The account's own person takes the document's first subject; the
 * rest get new ids handed out in ascending order, so an export of this account lists them
 * in the document's order again, ties included, and the round trip is exact.
 */
export async function importAccount(
  db: Db,
  userId: string,
  doc: AccountExport,
): Promise<ImportCounts> {
  checkExport(doc);
  return db.transaction(async (trx) => {
    // Two imports at once would each find the account empty; the row lock makes them queue.
    await trx('users').where({ id: userId }).forUpdate().first('id');
    await refuseUnlessEmpty(trx, userId);
    await trx('users')
      .where({ id: userId })
      .update({ display_name: doc.account.display_name, timezone: doc.account.timezone });

    const [self, ...others] = doc.subjects as [ExportSubject, ...ExportSubject[]];
    const selfRow = await trx('subjects').where({ user_id: userId, is_self: true }).first('id');
    const subjectIds = new Map<string, string>([[self.ref, selfRow.id]]);
    const otherIds = ascendingIds(others.length);
    for (const [i, s] of others.entries()) subjectIds.set(s.ref, otherIds[i] as string);
    await trx('subjects').where({ id: selfRow.id }).update(subjectColumns(self));
    await insertChunks(
      trx,
      'subjects',
      others.map((s, i) => ({ id: otherIds[i], user_id: userId, ...subjectColumns(s) })),
    );

    const recordIds = new Map<string, string>();
    const newRecordIds = ascendingIds(doc.records.length);
    await insertChunks(
      trx,
      'records',
      doc.records.map((r, i) => {
        const id = newRecordIds[i] as string;
        recordIds.set(r.ref, id);
        const { ref: _ref, subject, ...columns } = r;
        return { id, user_id: userId, subject_id: subjectIds.get(subject), ...columns };
      }),
    );

    const taskIds = new Map<string, string>();
    const newTaskIds = ascendingIds(doc.tasks.length);
    for (const [i, t] of doc.tasks.entries()) taskIds.set(t.ref, newTaskIds[i] as string);
    await insertChunks(
      trx,
      'tasks',
      doc.tasks.map((t) => {
        const { ref, subject, repeated_from: _from, reminder_for, ...columns } = t;
        return {
          id: taskIds.get(ref),
          user_id: userId,
          subject_id: subject === null ? null : subjectIds.get(subject),
          record_id: reminder_for === null ? null : recordIds.get(reminder_for),
          ...columns,
        };
      }),
    );
    // Linked after every task exists: an occurrence may come later in the document.
    const links = doc.tasks
      .filter((t) => t.repeated_from !== null)
      .map((t) => [taskIds.get(t.ref) as string, taskIds.get(t.repeated_from as string) as string]);
    for (let i = 0; i < links.length; i += CHUNK) {
      const chunk = links.slice(i, i + CHUNK);
      await trx.raw(
        `update tasks set repeated_from = v.prev::uuid
         from (values ${chunk.map(() => '(?, ?)').join(', ')}) as v (id, prev)
         where tasks.user_id = ? and tasks.id = v.id::uuid`,
        [...chunk.flat(), userId],
      );
    }
    return { subjects: doc.subjects.length, tasks: doc.tasks.length, records: doc.records.length };
  });
}

async function refuseUnlessEmpty(db: Db, userId: string): Promise<void> {
  const count = async (table: string, where: (q: ReturnType<Db>) => void) => {
    const query = db(table).where({ user_id: userId });
    where(query);
    const row = await query.count<{ n: number }[]>({ n: '*' }).first();
    return Number(row?.n ?? 0);
  };
  const counts = {
    tasks: await count('tasks', (q) => q.whereNull('deleted_at')),
    records: await count('records', (q) => q.whereNull('deleted_at')),
    subjects: await count('subjects', (q) => q.where({ is_self: false })),
  };
  if (counts.tasks + counts.records + counts.subjects > 0) throw accountNotEmpty(counts);
}

function subjectColumns(s: ExportSubject) {
  const { ref: _ref, ...columns } = s;
  return { ...columns, name_key: nameKey(s.name) };
}

/** New ids that sort (as PostgreSQL compares uuids) in the order they are handed out. */
function ascendingIds(n: number): string[] {
  return Array.from({ length: n }, () => randomUUID()).sort();
}

async function insertChunks(db: Db, table: string, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db(table).insert(rows.slice(i, i + CHUNK));
  }
}
