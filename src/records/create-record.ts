import type { components } from '../../generated/openapi.ts';
import { insertJournaled, journalCreated } from '../activity/journal.ts';
import type { HandlerContext } from '../contract/handler-types.ts';
import { duplicateSuspected, valueRequired } from '../core/problems/input.ts';
import { normalizeTags } from '../core/tags.ts';
import type { Db } from '../db/connect.ts';
import { getSelfSubject } from '../subjects/queries.ts';
import { resolveSubject } from '../subjects/resolve-subject.ts';
import type { TaskRow } from '../tasks/serialize.ts';
import { resolveNextDue } from './next-due.ts';
import { defaultTitle, metricFromWord, normalizeRecordType } from './normalize-type.ts';
import { normalizeValue } from './normalize-value.ts';
import { resolveOccurred } from './occurred.ts';
import * as queries from './queries.ts';
import { addReminderTask, checkReminderRequest } from './reminder.ts';
import { type RecordRow, serializeRecord } from './serialize.ts';

export type RecordCreate = components['schemas']['RecordCreate'];

const NO_VALUE = { value: null, unit: null, metric: null, value_text: null };

/**
 * One record stored as the user told it: subject by id or name (default: the user), type
 * and value from their words, when it happened in their time zone, the next dose, the
 * duplicate guard, then the record, its reminder task and their journal entries in one
 * transaction. createRecord and every item of createRecords go through here, so an item
 * of a batch is understood exactly as the same single call would be. `inList` cuts long
 * details in a problem's `existing` rows, as lists do (a batch answers for many at once).
 */
export async function createOneRecord(
  body: RecordCreate,
  ctx: HandlerContext,
  options: { inList?: boolean } = {},
): Promise<{ row: RecordRow; reminder?: TaskRow }> {
  const now = ctx.now();
  const view = { zone: ctx.timezone, now };
  const subject =
    (await resolveSubject(ctx.db, ctx.userId, body, view)) ??
    (await getSelfSubject(ctx.db, ctx.userId));
  const typed = normalizeRecordType(body.type);
  const metric = body.metric != null ? metricFromWord(body.metric) : (typed.metric ?? null);
  const value = normalizeValue(body, typed.type, metric) ?? { ...NO_VALUE, metric };
  if (typed.type === 'weight' && value.value === null) {
    throw valueRequired({
      pointer: '/body/value_text',
      detail: 'A weight record needs the weight.',
      hint: 'Ask the user what the weight was, then send it as value_text ("4.3 kg").',
      reason: 'is required for a weight',
    });
  }
  const occurred = resolveOccurred(body.when, now, ctx.timezone);
  const nextDue = resolveNextDue(body, typed.type, occurred.occurred_on, now, ctx.timezone);
  if (body.create_reminder) checkReminderRequest(typed.type, nextDue?.next_due ?? null);
  const title = body.title?.trim() ?? defaultTitle(typed, value.metric);
  if (!body.confirm_duplicate) {
    const existing = await queries.sameDayRecords(ctx.db, ctx.userId, {
      subjectId: subject.id,
      type: typed.type,
      occurredOn: occurred.occurred_on,
      value: value.value,
      title,
    });
    if (existing.length > 0) {
      throw duplicateSuspected({
        detail: `${subject.name} already has a ${typed.type} record on ${occurred.occurred_on}${value.value === null ? '' : ` with ${value.value} ${value.unit ?? ''}`.trimEnd()}.`,
        hint: 'Ask the user whether this is the same one (then do nothing); only if it is another, send the request again with confirm_duplicate true.',
        // In a batch, the first only: 50 refused items must still fit one answer.
        existing: (options.inList ? existing.slice(0, 1) : existing).map((row) =>
          serializeRecord(row, ctx.timezone, options),
        ),
      });
    }
  }
  const record: queries.NewRecord = {
    subject_id: subject.id,
    type: typed.type,
    type_text: typed.type_text,
    title,
    details: body.details ?? null,
    tags: normalizeTags(body.tags ?? []),
    ...occurred,
    ...value,
    next_due: null,
    next_due_text: null,
    ...nextDue,
  };
  const insert = (db: Db) =>
    insertJournaled<RecordRow>(
      db,
      ctx,
      'record',
      queries.insertRecordQuery(db, ctx.userId, record, now),
      queries.WRITTEN_COLUMNS,
    );
  // Alone, the record and its journal entry are one statement; with a reminder, the
  // record, the task and both journal entries commit together.
  if (!body.create_reminder) return { row: await insert(ctx.db) };
  const { row, reminder } = await ctx.db.transaction(async (trx) => {
    const row = await insert(trx);
    if (row.next_due === null) return { row };
    const reminder = await addReminderTask(
      trx,
      ctx.userId,
      { ...row, next_due: row.next_due },
      now,
      ctx.timezone,
    );
    await journalCreated(trx, ctx, 'task', reminder.id);
    return { row, reminder };
  });
  return { row, ...(reminder && { reminder }) };
}
