import { DateTime } from 'luxon';
import type { components } from '../../generated/openapi.ts';
import { canRead } from '../auth/can-read.ts';
import type { HandlerContext } from '../contract/handler-types.ts';
import { localDate } from '../dates/zone.ts';
import type { Db } from '../db/connect.ts';
import { listRecords } from '../records/queries.ts';
import { serializeRecord } from '../records/serialize.ts';
import { listTasks } from '../tasks/queries.ts';
import { serializeTask } from '../tasks/serialize.ts';
import { nameTaskSubjects } from '../tasks/subject-names.ts';
import { careDue } from './care-due.ts';
import { subjectWeights } from './weights.ts';

export type Overview = components['schemas']['Overview'];

/** Tasks shown per group; `total` says how many there are. */
export const OVERVIEW_TASKS = 10;
export const OVERVIEW_RECORDS = 5;
const CARE_DAYS = 30;
const TASK_DAYS = 7;

/** "What's going on?" in one answer; the parts the caller may not read are null. */
export async function buildOverview(
  ctx: HandlerContext,
  subjectId: string | undefined,
): Promise<Overview> {
  const now = ctx.now();
  const zone = ctx.timezone;
  const local = DateTime.fromJSDate(now, { zone });
  const today = localDate(now, zone);
  const ago = (days: number) => local.minus({ days }).toJSDate();
  const care = canRead(ctx.principal, 'records');
  const tasks = canRead(ctx.principal, 'tasks');

  const [subjects, due, latest, taskLists] = await Promise.all([
    care
      ? subjectWeights(ctx.db, ctx.userId, {
          subjectId,
          ago30: ago(30),
          ago60: ago(60),
          ago90: ago(90),
          ago180: ago(180),
        })
      : null,
    care
      ? careDue(ctx.db, ctx.userId, {
          subjectId,
          today,
          dueBy: local.plus({ days: CARE_DAYS }).toISODate() as string,
        })
      : null,
    care ? listRecords(ctx.db, ctx.userId, { subjectId }, OVERVIEW_RECORDS) : null,
    tasks
      ? taskGroups(ctx.db, ctx.userId, zone, now, subjectId, {
          today: local.startOf('day').toJSDate(),
          soon: local.plus({ days: TASK_DAYS }).toJSDate(),
        })
      : null,
  ]);
  return {
    today,
    subjects,
    care_due: due,
    tasks_due_soon: taskLists?.soon ?? null,
    tasks_overdue: taskLists?.overdue ?? null,
    latest_records: latest?.map((row) => serializeRecord(row, zone, { inList: true })) ?? null,
  };
}

/**
 * Open tasks overdue, and due before `soon` but not yet overdue: counts and the first few.
 * Nothing due before today can be due soon without being overdue, so that range starts
 * at the start of today and reads only this week's part of tasks_list_idx.
 */
async function taskGroups(
  db: Db,
  userId: string,
  zone: string,
  now: Date,
  subjectId: string | undefined,
  range: { today: Date; soon: Date },
) {
  const subject = subjectId ? 'and subject_id = ?' : '';
  const subjectBinding = subjectId ? [subjectId] : [];
  const open = `from tasks where user_id = ? and status = 'open' and deleted_at is null ${subject}`;
  const [counts, overdueRows, soonRows] = await Promise.all([
    db.raw(
      `select (select count(*)::int ${open} and due_sort <= ? and due_by <= ?) as overdue,
         (select count(*)::int ${open} and due_sort >= ? and due_sort < ? and due_by > ?) as soon`,
      [
        userId,
        ...subjectBinding,
        now,
        now,
        userId,
        ...subjectBinding,
        range.today,
        range.soon,
        now,
      ],
    ),
    listTasks(db, userId, { status: 'open', overdue: true, subjectId, now }, OVERVIEW_TASKS),
    listTasks(
      db,
      userId,
      {
        status: 'open',
        overdue: false,
        dueAfter: range.today,
        dueBefore: range.soon,
        subjectId,
        now,
      },
      OVERVIEW_TASKS,
    ),
  ]);
  const show = async (rows: Awaited<ReturnType<typeof listTasks>>) =>
    (await nameTaskSubjects(db, userId, rows)).map((row) =>
      serializeTask(row, zone, now, { inList: true }),
    );
  const row = counts.rows[0];
  return {
    overdue: { total: Number(row.overdue), items: await show(overdueRows) },
    soon: { total: Number(row.soon), items: await show(soonRows) },
  };
}
