import type { Db } from '../../db/connect.ts';
import { newestFirst } from '../../paging/newest-first.ts';

export interface WidgetRow {
  id: string;
  user_id: string;
  name: string;
  allowed_origins: string[];
  theme: 'light' | 'dark';
  position: 'bottom-right' | 'bottom-left';
  greeting: string;
  client_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export type WidgetSortKey = [string, string];

export function widgetSortKey(row: WidgetRow): WidgetSortKey {
  return [row.created_at.toISOString(), row.id];
}

function rowOf(row: Record<string, unknown>): WidgetRow {
  return {
    ...(row as unknown as WidgetRow),
    created_at: new Date(row.created_at as string),
    updated_at: new Date(row.updated_at as string),
  };
}

/** The person's widgets, newest first, after `after`. */
export async function listWidgets(
  db: Db,
  userId: string,
  options: { after?: WidgetSortKey | undefined; limit: number },
): Promise<WidgetRow[]> {
  const query = newestFirst(db('widgets').where({ user_id: userId }), options);
  return (await query).map(rowOf);
}

/** One of the person's widgets; another person's is no widget at all (R3). */
export async function findOwnWidget(
  db: Db,
  userId: string,
  id: string,
): Promise<WidgetRow | undefined> {
  const row = await db('widgets').where({ id, user_id: userId }).first();
  return row && rowOf(row);
}

/** Any widget by id, for its public settings and sign-in, which belong to no session. */
export async function findWidget(db: Db, id: string): Promise<WidgetRow | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    return undefined;
  }
  const row = await db('widgets').where({ id }).first();
  return row && rowOf(row);
}

/** The widget a public OAuth client signs in for, if it is one. */
export async function findWidgetByClient(db: Db, clientId: string): Promise<WidgetRow | undefined> {
  const row = await db('widgets').where({ client_id: clientId }).first();
  return row && rowOf(row);
}

/** Whether some widget lets this site show it: what a preflight, which has no token, can ask. */
export async function anyWidgetAllows(db: Db, origin: string): Promise<boolean> {
  const row = await db('widgets')
    .whereRaw('allowed_origins @> ?::jsonb', [JSON.stringify([origin])])
    .first('id');
  return row !== undefined;
}
