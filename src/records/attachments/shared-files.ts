import type { components } from '../../../generated/openapi.ts';
import type { FileSettings } from '../../contract/handler-types.ts';
import { fileTooLarge, fileUnavailable } from '../../core/problems/files.ts';
import { FetchRefused, FetchTooLarge, safeFetch } from '../../core/safe-fetch.ts';
import { type PreparedFile, prepareFile } from './prepare-file.ts';

export type SharedFile = components['schemas']['OpenAiFileRef'];

/** A shared file's link lives about five minutes; one that does not answer in time is gone. */
const FETCH_TIMEOUT_MS = 20_000;

/**
 * Fetches every file a conversation shared with a new record (ChatGPT's `openaiFileIdRefs`,
 * docs/clients.md) before anything is stored: each through the safe fetch (docs/security.md
 * A21), capped and sniffed like an upload. The first that fails stops them all with its
 * problem, so a record is made with all its files or not at all.
 */
export async function fetchSharedFiles(
  refs: readonly SharedFile[],
  settings: FileSettings,
): Promise<PreparedFile[]> {
  const files: PreparedFile[] = [];
  for (const [index, ref] of refs.entries()) {
    const pointer = `/body/openaiFileIdRefs/${index}`;
    const name = ref.name?.trim() || `file ${index + 1}`;
    let bytes: Buffer;
    try {
      ({ bytes } = await safeFetch(ref.download_link, {
        timeoutMs: FETCH_TIMEOUT_MS,
        ...settings.fetch,
        maxBytes: settings.maxBytes,
      }));
    } catch (error) {
      if (error instanceof FetchTooLarge) throw fileTooLarge(settings.maxBytes, pointer);
      if (error instanceof FetchRefused) {
        throw fileUnavailable(name, error.message, `${pointer}/download_link`);
      }
      throw error;
    }
    files.push(await prepareFile(name, bytes, settings.maxBytes, pointer));
  }
  return files;
}
