import { lazyModule } from '../../core/lazy-module.ts';

/** Loaded with the first file: most requests and starts see none. */
const fileType = lazyModule(() => import('file-type'));

/**
 * The types a record keeps, read from the bytes themselves (file-type's magic numbers),
 * never from a name or a Content-Type someone sent: a PNG named invoice.pdf is a PNG, and
 * an HTML page or a program is refused whatever it claims to be.
 */
const KEPT = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/gif',
]);

/** The kept media type of these bytes, or undefined when they are none of them. */
export async function sniffMediaType(bytes: Uint8Array): Promise<string | undefined> {
  if (bytes.byteLength === 0) return undefined;
  const { fileTypeFromBuffer } = await fileType.load();
  const found = await fileTypeFromBuffer(bytes);
  // HEIF stills from phones are sniffed as image/heif or image/heic; both are kept as HEIC.
  const mime = found?.mime === 'image/heif' ? 'image/heic' : found?.mime;
  return mime && KEPT.has(mime) ? mime : undefined;
}
