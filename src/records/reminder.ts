import { HttpError } from '../core/http-error.ts';
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
    throw new HttpError({
      status: 422,
      code: 'reminder_not_applicable',
      title: 'Reminder not applicable',
      detail: `A ${type} record has no next due date to be reminded of.`,
      hint: 'Only vaccinations and medications take create_reminder; for anything else add a task with createTask.',
      errors: [
        {
          pointer: '/body/create_reminder',
          reason: 'is only for vaccination and medication records',
        },
      ],
    });
  }
  if (nextDue === null) {
    throw new HttpError({
      status: 422,
      code: 'next_due_required',
      title: 'Next due date required',
      detail: 'A reminder needs the day the next dose or booster is due.',
      hint: 'Ask the user when the next one is due, then send the request again with next_due_text ("in 1 year") or next_due (YYYY-MM-DD) and create_reminder true.',
      errors: [{ pointer: '/body/next_due_text', reason: 'is required with create_reminder' }],
    });
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
