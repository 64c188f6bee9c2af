import type { Db } from '../../db/connect.ts';

export type ToolCallStatus = 'done' | 'awaiting_confirmation' | 'declined' | 'skipped';

export interface StoredToolCall {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
  status: ToolCallStatus;
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  role: 'user' | 'assistant' | 'tool';
  content: string;
  tool_calls: StoredToolCall[] | null;
  tool_call_id: string | null;
  tool_name: string | null;
  is_error: boolean | null;
  created_at: Date;
  /** The files sent with a user message (names and types; the bytes stay in chat_files). */
  files: { name: string; media_type: string }[];
}

export interface NewMessage {
  role: MessageRow['role'];
  content: string;
  toolCalls?: StoredToolCall[];
  toolCallId?: string;
  toolName?: string;
  isError?: boolean;
}

const COLUMNS = [
  'id',
  'conversation_id',
  'seq',
  'role',
  'content',
  'tool_calls',
  'tool_call_id',
  'tool_name',
  'is_error',
  'created_at',
] as const;

function fromDb(row: Record<string, unknown>): Omit<MessageRow, 'files'> {
  return {
    ...(row as unknown as MessageRow),
    seq: Number(row.seq),
    tool_calls: (row.tool_calls as StoredToolCall[] | null) ?? null,
    created_at: new Date(row.created_at as string),
  };
}

export async function insertMessage(
  db: Db,
  conversation: { id: string; userId: string },
  message: NewMessage,
  now: Date,
): Promise<MessageRow> {
  const [row] = await db('chat_messages')
    .insert({
      conversation_id: conversation.id,
      user_id: conversation.userId,
      role: message.role,
      content: message.content,
      tool_calls: message.toolCalls ? JSON.stringify(message.toolCalls) : null,
      tool_call_id: message.toolCallId ?? null,
      tool_name: message.toolName ?? null,
      is_error: message.isError ?? null,
      created_at: now,
    })
    .returning(COLUMNS);
  return { ...fromDb(row), files: [] };
}

export async function insertFiles(
  db: Db,
  message: { id: string; userId: string },
  files: { name: string; mediaType: string; bytes: Uint8Array }[],
): Promise<void> {
  if (files.length === 0) return;
  await db('chat_files').insert(
    files.map((file) => ({
      message_id: message.id,
      user_id: message.userId,
      name: file.name,
      media_type: file.mediaType,
      content: Buffer.from(file.bytes),
    })),
  );
}

/** The files of one message, with their bytes (for the model, or for a record). */
export async function filesOf(
  db: Db,
  messageId: string,
): Promise<{ name: string; mediaType: string; bytes: Uint8Array }[]> {
  const rows = await db('chat_files')
    .where({ message_id: messageId })
    .orderBy('name')
    .select('name', 'media_type', 'content');
  return rows.map((row) => ({
    name: row.name,
    mediaType: row.media_type,
    bytes: new Uint8Array(row.content),
  }));
}

/**
 * Messages from the newest back, `limit` of them, before `beforeSeq` when given: a page of
 * the conversation as shown, and the history the model is sent.
 */
export async function latestMessages(
  db: Db,
  conversationId: string,
  options: { limit: number; beforeSeq?: number },
): Promise<MessageRow[]> {
  const query = db('chat_messages')
    .where({ conversation_id: conversationId })
    .orderBy('seq', 'desc')
    .limit(options.limit)
    .select(COLUMNS);
  if (options.beforeSeq !== undefined) query.where('seq', '<', options.beforeSeq);
  const rows = (await query).map(fromDb);
  return withFileNames(db, rows);
}

async function withFileNames(db: Db, rows: Omit<MessageRow, 'files'>[]): Promise<MessageRow[]> {
  const userIds = rows.filter((r) => r.role === 'user').map((r) => r.id);
  const files =
    userIds.length === 0
      ? []
      : await db('chat_files')
          .whereIn('message_id', userIds)
          .orderBy('name')
          .select('message_id', 'name', 'media_type');
  return rows.map((row) => ({
    ...row,
    files: files
      .filter((f) => f.message_id === row.id)
      .map((f) => ({ name: f.name, media_type: f.media_type })),
  }));
}

/** The assistant message holding a call that waits for the person's decision, if any. */
export async function waitingCall(
  db: Db,
  conversationId: string,
): Promise<{ message: MessageRow; call: StoredToolCall } | undefined> {
  // The calls that ran before the waiting one answered after it: look past their messages.
  const row = await db('chat_messages')
    .where({ conversation_id: conversationId, role: 'assistant' })
    .orderBy('seq', 'desc')
    .first(COLUMNS);
  if (!row) return undefined;
  const message = { ...fromDb(row), files: [] };
  const call = message.tool_calls?.find((c) => c.status === 'awaiting_confirmation');
  return call ? { message, call } : undefined;
}

export async function setToolCalls(
  db: Db,
  messageId: string,
  toolCalls: StoredToolCall[],
): Promise<void> {
  await db('chat_messages')
    .where({ id: messageId })
    .update({ tool_calls: JSON.stringify(toolCalls) });
}

/** The id of the person's latest message in a conversation. */
export async function latestUserMessageId(
  db: Db,
  conversationId: string,
): Promise<string | undefined> {
  const row = await db('chat_messages')
    .where({ conversation_id: conversationId, role: 'user' })
    .orderBy('seq', 'desc')
    .first('id');
  return row?.id;
}
