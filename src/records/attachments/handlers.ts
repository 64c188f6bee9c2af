import type { Handlers } from '../../contract/handler-types.ts';
import { unsupportedFileType } from '../../core/problems/files.ts';
import { itemNotFound } from '../../core/problems/routing.ts';
import { prepareFile } from './prepare-file.ts';
import * as queries from './queries.ts';
import { contentDisposition, serializeAttachment } from './serialize.ts';

type AttachmentHandlers = Pick<Handlers, 'uploadAttachment' | 'getAttachment' | 'deleteAttachment'>;

export const attachmentHandlers: AttachmentHandlers = {
  async uploadAttachment({ path, query, body }, ctx) {
    if (!(await queries.recordExists(ctx.db, ctx.userId, path.record_id))) {
      throw itemNotFound('record');
    }
    // A body read as JSON or a form is no file's bytes.
    if (!(body instanceof Uint8Array)) throw unsupportedFileType();
    const file = await prepareFile(query.name, body, ctx.files.maxBytes);
    const [row] = await queries.insertAttachments(
      ctx.db,
      ctx.userId,
      path.record_id,
      [file],
      ctx.now(),
    );
    if (!row) throw itemNotFound('record');
    const attachment = serializeAttachment(row, ctx.timezone, ctx.publicUrl);
    return { status: 201, body: attachment, headers: { Location: attachment.download_url } };
  },

  async getAttachment({ path }, ctx) {
    const file = await queries.getAttachmentContent(ctx.db, ctx.userId, path.attachment_id);
    if (!file) throw itemNotFound('file');
    return {
      status: 200,
      body: file.content,
      contentType: file.media_type,
      headers: {
        'Content-Disposition': contentDisposition(file.name),
        'Content-Length': String(file.content.byteLength),
        // The type is the sniffed one; no browser may guess another (an image as HTML).
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    };
  },

  async deleteAttachment({ path }, ctx) {
    const deleted = await queries.deleteAttachment(ctx.db, ctx.userId, path.attachment_id);
    if (!deleted) throw itemNotFound('file');
    return { status: 204, body: undefined };
  },
};
