import type { components } from '../../../generated/openapi.ts';
import type { HandlerContext } from '../../contract/handler-types.ts';
import { HttpError } from '../../core/http-error.ts';
import { chatModelUnavailable, chatNothingToDecide } from '../../core/problems/chat.ts';
import { internalError } from '../../core/problems/server.ts';
import { prepareFile } from '../../records/attachments/prepare-file.ts';
import type { ConversationRow } from '../conversations/conversations.ts';
import { waitingCall } from '../conversations/messages.ts';
import { ProviderError } from '../providers/provider.ts';
import type { IncomingFile, TurnStart } from './run-turn.ts';

type MessageCreate = components['schemas']['MessageCreate'];

/** What the person sent, checked: their words with their files, or a decision that fits. */
export async function turnStartOf(
  body: MessageCreate,
  conversation: ConversationRow,
  ctx: HandlerContext,
): Promise<TurnStart> {
  const waiting = await waitingCall(ctx.db, conversation.id);
  if (body.decision) {
    const { tool_call_id: id, approve } = body.decision;
    if (!waiting || waiting.call.id !== id) throw chatNothingToDecide(id);
    return { kind: 'decision', waiting, approve };
  }
  const files: IncomingFile[] = [];
  for (const [index, file] of (body.files ?? []).entries()) {
    const prepared = await prepareFile(
      file.name,
      Buffer.from(file.data, 'base64'),
      ctx.files.maxBytes,
      `/body/files/${index}/data`,
    );
    files.push({ name: prepared.name, mediaType: prepared.media_type, bytes: prepared.content });
  }
  // New words instead of a decision: the waiting change is left undone, and the chat says so.
  return {
    kind: 'words',
    content: body.content ?? '',
    files,
    ...(waiting && { decline: waiting }),
  };
}

/** What went wrong in a turn, as the problem the person is shown. */
export function turnProblem(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof ProviderError) return chatModelUnavailable();
  return internalError(error);
}

/** Whether the caller asked for server-sent events over JSON. */
export function wantsEventStream(accept: string | undefined): boolean {
  return accept !== undefined && /\btext\/event-stream\b/i.test(accept);
}
