import { nextDueRequired, reminderNotApplicable } from '../core/problems/records.ts';
import { localDayBounds } from '../dates/zone.ts';
import type { Db } from '../db/connect.ts';
import { insertTask } from '../tasks/queries.ts';
import type { TaskRow } from '../tasks/serialize.ts';
import { TYPES_WITH_NEXT_DUE } from './next-due.ts';
import type { RecordType } from './normalize-type.ts';
import type { RecordRow } from './serialize.ts';

/** `create_reminder` needs something to remind of: a vaccination or medication's next due date. */
export function checkReminderRequest(type: RecordType, nextDue: string | null): void {
  if (!TYPES_WITH_NEXT_DUE.includes(type)) {
    throw reminderNotApplicable(type);
  }
  if (nextDue === null) {
    throw nextDueRequired();
  }
}

/** The task that reminds the user of a record's next due date: "Luna: Rabies booster". */
export async function addReminderTask(
  db: Db,
  userId: string,
  record: RecordRow & { next_due: string },
  now: Date,
  zone: string,
): Promise<TaskRow> {
  const { start, end } = localDayBounds(record.next_due, zone);
  const row = await insertTask(
    db,
    userId,
    {
      title: `${record.subject_name}: ${record.title}`.slice(0, 200),
      notes: `Next ${record.type === 'vaccination' ? 'booster' : 'dose'} after the one on ${record.occurred_on}.`,
      priority: 'normal',
      tags: [],
      due_at: start,
      due_by: end,
      due_date_only: true,
      due_text: null,
      subject_id: record.subject_id,
      record_id: record.id,
    },
    now,
  );
  return { ...row, subject_name: record.subject_name };
}
