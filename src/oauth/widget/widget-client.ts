import type { WidgetRow } from '../../chat/widgets/widget-rows.ts';
import type { Db } from '../../db/connect.ts';
import { createClient } from '../clients.ts';

/** What the widget asks for: the chat, and what the chat may do for the person. */
export const WIDGET_SCOPES = ['chat', 'tasks:read', 'tasks:write', 'records:read', 'records:write'];

/** Tend's page the popup returns to; it hands the code to the widget's page (signed-in.ts). */
export function widgetRedirectUri(publicUrl: string, widgetId: string): string {
  return `${publicUrl}/widget/${widgetId}/signed-in`;
}

/**
 * The widget's public client (no secret, PKCE required), registered the first time its
 * settings are asked for. Two first requests at once: the one that sets `client_id` wins
 * and the other's client is removed, so a widget has exactly one.
 */
export async function ensureWidgetClient(
  db: Db,
  widget: WidgetRow,
  publicUrl: string,
  now: Date,
): Promise<string> {
  if (widget.client_id) return widget.client_id;
  const { clientId } = await createClient(
    db,
    {
      name: `Chat on ${widget.name}`.slice(0, 120),
      redirectUris: [widgetRedirectUri(publicUrl, widget.id)],
      scopes: WIDGET_SCOPES,
      isPublic: true,
      kind: 'widget',
      ownerId: widget.user_id,
    },
    now,
  );
  const set = await db('widgets')
    .where({ id: widget.id })
    .whereNull('client_id')
    .update({ client_id: clientId });
  if (set === 1) return clientId;
  await db('oauth_clients').where({ id: clientId }).delete();
  const row = await db('widgets').where({ id: widget.id }).first('client_id');
  if (!row?.client_id) throw new Error('the widget went away while its client was made');
  return row.client_id as string;
}
