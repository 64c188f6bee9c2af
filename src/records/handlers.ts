import { journaled } from '../activity/journal.ts';
import type { HandlerContext, Handlers } from '../contract/handler-types.ts';
import { itemNotFound } from '../core/problems/routing.ts';
import { normalizeTags } from '../core/tags.ts';
import { clampToRange, EARLIEST, LATEST } from '../dates/range.ts';
import { localDayBounds } from '../dates/zone.ts';
import { decodeCursor, isIsoInstant, isUuid } from '../paging/cursor.ts';
import { buildPage } from '../paging/page.ts';
import { resolveSubject } from '../subjects/resolve-subject.ts';
import { serializeTask } from '../tasks/serialize.ts';
import { insertAttachments, listAttachments } from './attachments/queries.ts';
import { serializeAttachment } from './attachments/serialize.ts';
import { fetchSharedFiles } from './attachments/shared-files.ts';
import { createOneRecord } from './create-record.ts';
import { resolveNextDue, TYPES_WITH_NEXT_DUE } from './next-due.ts';
import { metricFromWord, normalizeRecordType } from './normalize-type.ts';
import { normalizeValue } from './normalize-value.ts';
import { resolveOccurred } from './occurred.ts';
import * as queries from './queries.ts';
import { type RecordRow, serializeRecord } from './serialize.ts';

type RecordHandlers = Pick<
  Handlers,
  'listRecords' | 'createRecord' | 'getRecord' | 'updateRecord' | 'deleteRecord'
>;

const NO_VALUE = { value: null, unit: null, metric: null, value_text: null };

export const recordHandlers: RecordHandlers = {
  async listRecords({ query }, ctx) {
    const limit = query.limit ?? 20;
    // A name is resolved as the writes resolve it (same problems); an id is taken as
    // given, so an unknown one lists nothing, as before.
    const named =
      query.subject === undefined
        ? undefined
        : await resolveSubject(ctx.db, ctx.userId, query, {
            zone: ctx.timezone,
            now: ctx.now(),
            pointer: '/query/subject',
          });
    const rows = await queries.listRecords(
      ctx.db,
      ctx.userId,
      {
        subjectId: named?.id ?? query.subject_id,
        type: query.type,
        from: query.from ? instant(query.from, ctx, 'start') : undefined,
        to: query.to ? instant(query.to, ctx, 'end') : undefined,
        tag: query.tag?.toLowerCase(),
        q: query.q,
        after: query.cursor ? decodeCursor(query.cursor, isRecordSortKey) : undefined,
      },
      limit + 1,
    );
    const page = buildPage(
      rows,
      limit,
      (row) => serializeRecord(row, ctx.timezone, { inList: true }),
      queries.recordSortKey,
    );
    return { status: 200, body: page };
  },

  async createRecord({ body }, ctx) {
    const { openaiFileIdRefs: shared, ...fields } = body;
    // Files come first: one that cannot be fetched stops the call before anything is stored.
    const files = shared?.length ? await fetchSharedFiles(shared, ctx.files) : [];
    // With files, the record and its files commit together; without, no transaction is paid.
    const { row, reminder, attachments } =
      files.length === 0
        ? { ...(await createOneRecord(fields, ctx)), attachments: [] }
        : await ctx.db.transaction(async (db) => {
            const made = await createOneRecord(fields, { ...ctx, db });
            const now = ctx.now();
            return {
              ...made,
              attachments: await insertAttachments(db, ctx.userId, made.row.id, files, now),
            };
          });
    return {
      status: 201,
      body: {
        ...serializeRecord(row, ctx.timezone),
        attachments: attachments.map((a) => serializeAttachment(a, ctx.timezone, ctx.publicUrl)),
        ...(reminder && { reminder_task: serializeTask(reminder, ctx.timezone, ctx.now()) }),
      },
      headers: { Location: `${ctx.publicUrl}/v1/records/${row.id}` },
    };
  },

  async getRecord({ path }, ctx) {
    const row = await queries.getRecord(ctx.db, ctx.userId, path.record_id);
    if (!row) throw itemNotFound('record');
    return { status: 200, body: await withAttachments(row, ctx) };
  },

  async updateRecord({ path, body }, ctx) {
    const now = ctx.now();
    const current = await queries.getRecord(ctx.db, ctx.userId, path.record_id);
    if (!current) throw itemNotFound('record');
    const subject = await resolveSubject(ctx.db, ctx.userId, body, { zone: ctx.timezone, now });
    const typed = body.type === undefined ? undefined : normalizeRecordType(body.type);
    const type = typed?.type ?? current.type;
    let metric = typed?.metric ?? current.metric;
    if (body.metric !== undefined)
      metric = body.metric === null ? null : metricFromWord(body.metric);
    const value = normalizeValue(body, type, metric);
    const occurred =
      body.when === undefined ? undefined : resolveOccurred(body.when, now, ctx.timezone);
    const nextDue = resolveNextDue(
      body,
      type,
      occurred?.occurred_on ?? current.occurred_on,
      now,
      ctx.timezone,
    );
    const changes: queries.RecordChanges = {
      ...(subject && { subject_id: subject.id }),
      ...(typed && { type: typed.type, type_text: typed.type_text }),
      ...(body.metric !== undefined && { metric }),
      ...(value === null ? NO_VALUE : value),
      ...occurred,
      // A record that stops being a vaccination or medication has no next dose.
      ...(!TYPES_WITH_NEXT_DUE.includes(type) && { next_due: null, next_due_text: null }),
      ...nextDue,
      ...(body.title !== undefined && { title: body.title.trim() }),
      ...(body.details !== undefined && { details: body.details }),
      ...(body.tags !== undefined && { tags: normalizeTags(body.tags) }),
    };
    const row = await journaled(
      ctx,
      { entity: 'record', operation: 'update', id: path.record_id },
      (db) => queries.updateRecord(db, ctx.userId, path.record_id, changes, now),
    );
    if (!row) throw itemNotFound('record');
    return { status: 200, body: await withAttachments(row, ctx) };
  },

  async deleteRecord({ path }, ctx) {
    const deleted = await journaled(
      ctx,
      { entity: 'record', operation: 'delete', id: path.record_id },
      (db) => queries.deleteRecord(db, ctx.userId, path.record_id, ctx.now()),
    );
    if (!deleted) throw itemNotFound('record');
    return { status: 204, body: undefined };
  },
};

/** One record as getRecord and updateRecord answer it: with its files, which lists leave out. */
async function withAttachments(row: RecordRow, ctx: HandlerContext) {
  const files = await listAttachments(ctx.db, ctx.userId, row.id);
  return {
    ...serializeRecord(row, ctx.timezone),
    attachments: files.map((a) => serializeAttachment(a, ctx.timezone, ctx.publicUrl)),
  };
}

/** A date filter: a date means the start (`from`) or the end (`to`) of that local day. */
function instant(value: string, ctx: HandlerContext, edge: 'start' | 'end'): Date {
  const at = new Date(value);
  // Any date is a fair filter; far-off ones become the nearest date Tend can hold.
  if (at < EARLIEST || at >= LATEST) return clampToRange(at);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return at;
  const bounds = localDayBounds(value, ctx.timezone);
  return edge === 'start' ? bounds.start : bounds.end;
}

function isRecordSortKey(key: unknown[]): key is queries.RecordSortKey {
  return key.length === 2 && isIsoInstant(key[0]) && isUuid(key[1]);
}
