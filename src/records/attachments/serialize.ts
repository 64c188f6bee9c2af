import type { components } from '../../../generated/openapi.ts';
import { formatInZone } from '../../dates/zone.ts';
import type { AttachmentRow } from './queries.ts';

export type Attachment = components['schemas']['Attachment'];

export function serializeAttachment(
  row: AttachmentRow,
  zone: string,
  publicUrl: string,
): Attachment {
  return {
    id: row.id,
    name: row.name,
    media_type: row.media_type,
    size: Number(row.size),
    created_at: formatInZone(row.created_at, zone),
    download_url: `${publicUrl}/v1/attachments/${row.id}`,
  };
}

/**
 * RFC 6266 `attachment` with the name twice: an ASCII fallback for old clients, and the
 * exact name as RFC 8187 UTF-8 in `filename*`. Quotes, backslashes and anything outside
 * printable ASCII never reach the quoted fallback.
 */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
