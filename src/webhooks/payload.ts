import type { Entity } from '../activity/entities.ts';
import { present } from '../activity/entities.ts';
import { formatInZone } from '../dates/zone.ts';
import type { Db } from '../db/connect.ts';
import type { DeliveryRow } from './delivery-rows.ts';
import type { WebhookPayload } from './events.ts';

/**
 * What a delivery of a journal entry sends: the event, when it happened, and the item as
 * its get operation shows it in the owner's time zone, after the change, or as it was
 * before for a deletion. Never more than the API itself would answer the owner.
 */
export async function entryPayload(
  db: Db,
  delivery: DeliveryRow,
  now: Date,
): Promise<WebhookPayload> {
  const entry = await db('activity as a')
    .join('users as u', 'u.id', 'a.user_id')
    .where({ 'a.id': delivery.activity_id, 'a.user_id': delivery.user_id })
    .first('a.entity', 'a.entity_id', 'a.before', 'a.after', 'a.created_at', 'u.timezone');
  if (!entry) {
    return { type: delivery.event_type, timestamp: delivery.created_at.toISOString(), data: {} };
  }
  const entity = entry.entity as Entity;
  const zone = entry.timezone as string;
  const shown = present(entity, entry.after, zone, now, false) ??
    present(entity, entry.before, zone, now, false) ?? { id: entry.entity_id };
  return {
    type: delivery.event_type,
    timestamp: formatInZone(new Date(entry.created_at), zone),
    data: shown,
  };
}
