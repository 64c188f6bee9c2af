import type { Db } from '../../db/connect.ts';

export interface ConversationRow {
  id: string;
  user_id: string;
  widget_id: string | null;
  title: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Most recently active first. */
export type ConversationSortKey = [string, string];
export const conversationSortKey = (row: ConversationRow): ConversationSortKey => [
  row.updated_at.toISOString(),
  row.id,
];

const COLUMNS = ['id', 'user_id', 'widget_id', 'title', 'created_at', 'updated_at'] as const;

function fromDb(row: Record<string, unknown>): ConversationRow {
  return {
    ...(row as unknown as ConversationRow),
    created_at: new Date(row.created_at as string),
    updated_at: new Date(row.updated_at as string),
  };
}

export async function insertConversation(
  db: Db,
  values: { userId: string; widgetId: string | null; title: string | null; now: Date },
): Promise<ConversationRow> {
  const [row] = await db('conversations')
    .insert({
      user_id: values.userId,
      widget_id: values.widgetId,
      title: values.title,
      created_at: values.now,
      updated_at: values.now,
    })
    .returning(COLUMNS);
  return fromDb(row);
}

export async function listConversations(
  db: Db,
  userId: string,
  options: { after?: ConversationSortKey; limit: number },
): Promise<ConversationRow[]> {
  const query = db('conversations')
    .where({ user_id: userId })
    .orderBy([
      { column: 'updated_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(options.limit)
    .select(COLUMNS);
  if (options.after) {
    query.whereRaw('(updated_at, id) < (?::timestamptz, ?::uuid)', options.after);
  }
  return (await query).map(fromDb);
}

/** The person's own conversation, or undefined (another person's is not there for them). */
export async function findConversation(
  db: Db,
  userId: string,
  id: string,
): Promise<ConversationRow | undefined> {
  const row = await db('conversations').where({ id, user_id: userId }).first(COLUMNS);
  return row && fromDb(row);
}

export async function deleteConversation(db: Db, userId: string, id: string): Promise<boolean> {
  const deleted = await db('conversations').where({ id, user_id: userId }).delete().returning('id');
  return deleted.length > 0;
}

/**
 * Marks a reply as being written. Only one at a time per conversation, on any instance;
 * a mark older than `staleAfterMs` is from a process that died mid-reply and is taken over.
 */
export async function claimTurn(
  db: Db,
  id: string,
  now: Date,
  staleAfterMs: number,
): Promise<boolean> {
  const stale = new Date(now.getTime() - staleAfterMs);
  const claimed = await db('conversations')
    .where({ id })
    .andWhere((q) => q.whereNull('turn_started_at').orWhere('turn_started_at', '<', stale))
    .update({ turn_started_at: now })
    .returning('id');
  return claimed.length > 0;
}

/** The reply is written: the next message may come, and the conversation moves up the list. */
export async function endTurn(
  db: Db,
  id: string,
  values: { now: Date; title?: string | undefined },
): Promise<void> {
  await db('conversations')
    .where({ id })
    .update({
      turn_started_at: null,
      updated_at: values.now,
      ...(values.title !== undefined && { title: values.title }),
    });
}

/**
 * The person's widget a grant was made through, if any: a conversation begun in a widget
 * belongs to it, and so does what its model calls cost.
 */
export async function widgetOfGrant(
  db: Db,
  userId: string,
  grantId: string,
): Promise<string | null> {
  const row = await db('widgets')
    .join('oauth_grants', 'oauth_grants.client_id', 'widgets.client_id')
    .where({ 'oauth_grants.id': grantId, 'widgets.user_id': userId })
    .first('widgets.id');
  return row?.id ?? null;
}
