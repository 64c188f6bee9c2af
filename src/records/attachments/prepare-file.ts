import { createHash } from 'node:crypto';
import { fileTooLarge, unsupportedFileType } from '../../core/problems/files.ts';
import { sniffMediaType } from './sniff.ts';

/** A file checked and ready to store: within the cap, of a kept type, hashed. */
export interface PreparedFile {
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  content: Buffer;
}

/** The longest name kept; longer ones are cut, keeping their extension. */
const NAME_LENGTH = 200;

/**
 * Checks one file the way every path in (upload, dashboard, shared by link) must: the cap,
 * then the type read from the bytes (413 and 415 problems naming `pointer`).
 */
export async function prepareFile(
  name: string,
  bytes: Uint8Array,
  maxBytes: number,
  pointer = '/body',
): Promise<PreparedFile> {
  if (bytes.byteLength > maxBytes) throw fileTooLarge(maxBytes, pointer);
  const mediaType = await sniffMediaType(bytes);
  if (!mediaType) throw unsupportedFileType(pointer);
  const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    name: cleanName(name),
    media_type: mediaType,
    size: content.byteLength,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
  };
}

/** A name as shown and offered on download: no path, no control characters, not too long. */
export function cleanName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are removed.
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (clean.length <= NAME_LENGTH) return clean || 'file';
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, NAME_LENGTH - ext.length) + ext;
}
