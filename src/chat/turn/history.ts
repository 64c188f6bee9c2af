import type { MessageRow } from '../conversations/messages.ts';
import type { ChatMessage, MessageFile } from '../providers/provider.ts';

/** A rough count, four characters a token: enough to keep a history under a budget. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4) + 4;
}

/** A tool's answer longer than this is cut for the model (the person sees it whole). */
const TOOL_RESULT_CHARACTERS = 16_000;

const LEFT_OUT = '(Earlier messages of this conversation are left out.)';

/**
 * The conversation as the model is sent it: the newest messages that fit `budgetTokens`,
 * starting at something the person said (a tool answer is never cut from its call), with
 * a note when earlier ones are left out. The newest message of the person's goes whatever
 * its size, with its files when the model takes them.
 */
export function historyFor(
  rowsNewestFirst: readonly MessageRow[],
  budgetTokens: number,
  files: { messageId: string; files: MessageFile[] } | undefined,
): ChatMessage[] {
  const kept: MessageRow[] = [];
  let used = 0;
  for (const row of rowsNewestFirst) {
    const cost = estimateTokens(row.content) + estimateTokens(JSON.stringify(row.tool_calls ?? ''));
    if (kept.some((r) => r.role === 'user') && used + cost > budgetTokens) break;
    kept.push(row);
    used += cost;
  }
  const cut = kept.length < rowsNewestFirst.length;
  kept.reverse();
  while (kept.length > 0 && kept[0]?.role !== 'user') kept.shift();
  const messages = kept.map((row) => toModelMessage(row, files));
  const first = messages[0];
  if (cut && first?.role === 'user') first.content = `${LEFT_OUT}\n\n${first.content}`;
  return messages;
}

function toModelMessage(
  row: MessageRow,
  files: { messageId: string; files: MessageFile[] } | undefined,
): ChatMessage {
  if (row.role === 'tool') {
    const content =
      row.content.length > TOOL_RESULT_CHARACTERS
        ? `${row.content.slice(0, TOOL_RESULT_CHARACTERS)}… (cut; ask for less)`
        : row.content;
    return {
      role: 'tool',
      toolCallId: row.tool_call_id ?? '',
      name: row.tool_name ?? '',
      content,
      ...(row.is_error && { isError: true }),
    };
  }
  if (row.role === 'assistant') {
    const calls = row.tool_calls ?? [];
    return {
      role: 'assistant',
      content: row.content,
      ...(calls.length > 0 && {
        toolCalls: calls.map(({ id, name, arguments: args }) => ({ id, name, arguments: args })),
      }),
    };
  }
  const sent = files?.messageId === row.id ? files.files : [];
  // Files of earlier messages are named, not sent again.
  const named = row.files
    .filter((f) => !sent.some((s) => s.name === f.name))
    .map((f) => `[${f.name} (${f.media_type}) was attached]`);
  return {
    role: 'user',
    content: [row.content, ...named].join('\n'),
    ...(sent.length > 0 && { files: sent }),
  };
}
