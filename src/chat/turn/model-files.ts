import type { ChatProvider, MessageFile } from '../providers/provider.ts';

const IMAGES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

/** The files of the person's message a model takes; the rest it is only told the names of. */
export function filesForModel(
  files: readonly { name: string; mediaType: string; bytes: Uint8Array }[],
  accepts: ChatProvider['accepts'],
): MessageFile[] {
  return files.flatMap((file) => {
    const taken =
      (accepts.images && IMAGES.has(file.mediaType)) ||
      (accepts.pdf && file.mediaType === 'application/pdf');
    if (!taken) return [];
    return [
      {
        name: file.name,
        mediaType: file.mediaType as MessageFile['mediaType'],
        base64: Buffer.from(file.bytes).toString('base64'),
      },
    ];
  });
}
