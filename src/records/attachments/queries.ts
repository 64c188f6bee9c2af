import type { Db } from '../../db/connect.ts';
import type { PreparedFile } from './prepare-file.ts';

/** A file as listed: everything but its bytes. */
export interface AttachmentRow {
  id: string;
  record_id: string;
  name: string;
  media_type: string;
  size: number;
  created_at: Date;
}

export interface AttachmentContent extends AttachmentRow {
  content: Buffer;
}

const LISTED = ['a.id', 'a.record_id', 'a.name', 'a.media_type', 'a.size', 'a.created_at'];

/**
 * A person's files whose record is alive: a soft-deleted record hides its files, and
 * undoing the delete shows them again (docs/design.md §4). `userId` is always required
 * (docs/security.md R3).
 */
function ownFiles(db: Db, userId: string) {
  return db('attachments as a')
    .join('records as r', 'r.id', 'a.record_id')
    .where('a.user_id', userId)
    .whereNull('r.deleted_at');
}

export async function insertAttachments(
  db: Db,
  userId: string,
  recordId: string,
  files: readonly PreparedFile[],
  now: Date,
): Promise<AttachmentRow[]> {
  if (files.length === 0) return [];
  const rows: AttachmentRow[] = await db('attachments')
    .insert(
      files.map((file) => ({ ...file, user_id: userId, record_id: recordId, created_at: now })),
    )
    .returning(['id', 'record_id', 'name', 'media_type', 'size', 'created_at']);
  // In the order listAttachments gives, so an answer and a later read agree.
  return rows.sort(
    (a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : 1),
  );
}

/** A record's files, oldest first. */
export async function listAttachments(
  db: Db,
  userId: string,
  recordId: string,
): Promise<AttachmentRow[]> {
  return ownFiles(db, userId)
    .where('a.record_id', recordId)
    .orderBy([{ column: 'a.created_at' }, { column: 'a.id' }])
    .select(LISTED);
}

export async function getAttachmentContent(
  db: Db,
  userId: string,
  id: string,
): Promise<AttachmentContent | undefined> {
  return ownFiles(db, userId)
    .where('a.id', id)
    .first([...LISTED, 'a.content']);
}

/** Deletes a file for good; false when there was none of this person's to delete. */
export async function deleteAttachment(db: Db, userId: string, id: string): Promise<boolean> {
  const deleted = await db('attachments')
    .where({ id, user_id: userId })
    .whereIn(
      'record_id',
      db('records').select('id').where('user_id', userId).whereNull('deleted_at'),
    )
    .delete()
    .returning('id');
  return deleted.length > 0;
}

/** Whether the person has this record, alive: files are added only to one. */
export async function recordExists(db: Db, userId: string, recordId: string): Promise<boolean> {
  const row = await db('records')
    .where({ id: recordId, user_id: userId })
    .whereNull('deleted_at')
    .first('id');
  return row !== undefined;
}
