import type { MessageFile } from './provider.ts';

/**
 * A file the model cannot read is still mentioned in the message, so the model knows
 * something was attached and can say it cannot see it rather than ignore it.
 */
export function describeUnreadableFile(file: MessageFile): string {
  const kind = file.mediaType === 'application/pdf' ? 'PDF' : 'image';
  const kb = Math.max(1, Math.round((file.base64.length * 3) / 4 / 1024));
  return `[Attached: ${file.name} (${kind}, ${kb} KB). This model cannot read ${kind}s, so only its name is given.]`;
}
