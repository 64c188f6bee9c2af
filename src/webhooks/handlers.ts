import { randomBytes, randomUUID } from 'node:crypto';
import { recordSecurityEvent } from '../auth/security-events.ts';
import type { Handler, HandlerContext } from '../contract/handler-types.ts';
import { itemNotFound } from '../core/problems/routing.ts';
import { webhookUrlRefused } from '../core/problems/webhooks.ts';
import { checkTarget, TargetRefused } from '../core/safe-fetch.ts';
import { formatInZone } from '../dates/zone.ts';
import { decodeCursor } from '../paging/cursor.ts';
import { isNewestFirstKey, newestFirstKey } from '../paging/newest-first.ts';
import { buildPage } from '../paging/page.ts';
import { type AttemptRow, attemptsOf, type DeliveryRow, listDeliveries } from './delivery-rows.ts';
import { WEBHOOKS_CHANNEL } from './dispatch.ts';
import { type EndpointRow, findOwnEndpoint, listEndpoints } from './endpoint-rows.ts';
import { PING_EVENT, type WebhookPayload } from './events.ts';
import type { WebhookDeps } from './webhook-deps.ts';

const at = (value: Date | null, zone: string) => (value ? formatInZone(value, zone) : null);

function webhookOf(row: EndpointRow, zone: string) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    enabled: row.enabled,
    disabled_at: at(row.disabled_at, zone),
    disabled_reason: row.disabled_reason,
    created_at: formatInZone(row.created_at, zone),
    updated_at: formatInZone(row.updated_at, zone),
  };
}

function attemptOf(row: AttemptRow, zone: string) {
  return {
    attempt: row.attempt,
    started_at: formatInZone(row.started_at, zone),
    status_code: row.status_code,
    error: row.error,
    latency_ms: row.latency_ms,
  };
}

function deliveryOf(row: DeliveryRow, attempts: AttemptRow[], zone: string) {
  return {
    id: row.id,
    event_type: row.event_type,
    message_id: row.message_id,
    status: row.status,
    attempt_count: row.attempts,
    last_status_code: row.last_status_code,
    last_error: row.last_error,
    last_latency_ms: row.last_latency_ms,
    created_at: formatInZone(row.created_at, zone),
    delivered_at: at(row.delivered_at, zone),
    attempts: attempts.map((a) => attemptOf(a, zone)),
  };
}

/** A signing secret as Standard Webhooks writes one: `whsec_` and 32 random bytes, base64. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

async function ownEndpoint(ctx: HandlerContext, id: string): Promise<EndpointRow> {
  const row = await findOwnEndpoint(ctx.db, ctx.userId, id);
  if (!row) throw itemNotFound('webhook');
  return row;
}

/**
 * Webhooks are account settings like API keys (scope `account`, never an assistant's),
 * so not journaled; adding or deleting one goes in the person's security log, since a
 * webhook sends their changes elsewhere. docs/webhooks.md.
 */
export function webhookHandlers(deps: WebhookDeps): {
  listWebhooks: Handler<'listWebhooks'>;
  createWebhook: Handler<'createWebhook'>;
  getWebhook: Handler<'getWebhook'>;
  updateWebhook: Handler<'updateWebhook'>;
  deleteWebhook: Handler<'deleteWebhook'>;
  listWebhookDeliveries: Handler<'listWebhookDeliveries'>;
  sendTestWebhook: Handler<'sendTestWebhook'>;
} {
  /** docs/security.md A21: checked now, and again before every delivery. */
  const allowedUrl = async (raw: string): Promise<string> => {
    try {
      return (await checkTarget(raw, deps.fetch)).url.href;
    } catch (error) {
      if (error instanceof TargetRefused) throw webhookUrlRefused(error.message);
      throw error;
    }
  };

  return {
    async listWebhooks({ query }, ctx) {
      const limit = query.limit ?? 20;
      const found = await listEndpoints(ctx.db, ctx.userId, {
        after: query.cursor ? decodeCursor(query.cursor, isNewestFirstKey) : undefined,
        limit: limit + 1,
      });
      const page = buildPage(found, limit, (row) => webhookOf(row, ctx.timezone), newestFirstKey);
      return { status: 200, body: page };
    },

    async createWebhook({ body }, ctx) {
      const url = await allowedUrl(body.url);
      const now = ctx.now();
      const secret = newSecret();
      const [row] = await ctx
        .db('webhook_endpoints')
        .insert({
          user_id: ctx.userId,
          url,
          description: body.description?.trim() ?? '',
          events: body.events,
          secret: deps.secrets.seal(secret),
          enabled: true,
          created_at: now,
          updated_at: now,
        })
        .returning('*');
      await recordSecurityEvent(ctx.db, {
        userId: ctx.userId,
        kind: 'webhook_created',
        at: now,
        client: ctx.client,
        detail: url,
      });
      const shown = webhookOf(row as EndpointRow, ctx.timezone);
      return {
        status: 201,
        body: { ...shown, disabled_at: null, disabled_reason: null, enabled: true, secret },
        headers: { 'Cache-Control': 'no-store' },
      };
    },

    async getWebhook({ path }, ctx) {
      const row = await ownEndpoint(ctx, path.webhook_id);
      return { status: 200, body: webhookOf(row, ctx.timezone) };
    },

    async updateWebhook({ path, body }, ctx) {
      const row = await ownEndpoint(ctx, path.webhook_id);
      const now = ctx.now();
      const changes: Record<string, unknown> = { updated_at: now };
      if (body.url !== undefined) changes.url = await allowedUrl(body.url);
      if (body.events !== undefined) changes.events = body.events;
      if (body.description !== undefined) changes.description = body.description.trim();
      if (body.enabled === false && row.enabled) {
        Object.assign(changes, {
          enabled: false,
          disabled_at: now,
          disabled_reason: 'Turned off by you.',
        });
      }
      // On again: whatever turned it off is forgotten, and deliveries start afresh.
      if (body.enabled === true && !row.enabled) {
        Object.assign(changes, { enabled: true, disabled_at: null, disabled_reason: null });
      }
      const [updated] = await ctx
        .db('webhook_endpoints')
        .where({ id: row.id, user_id: ctx.userId })
        .update(changes)
        .returning('*');
      return { status: 200, body: webhookOf(updated as EndpointRow, ctx.timezone) };
    },

    async deleteWebhook({ path }, ctx) {
      const row = await ownEndpoint(ctx, path.webhook_id);
      // Its deliveries and their log go with it; a job still queued finds nothing to send.
      await ctx.db('webhook_endpoints').where({ id: row.id, user_id: ctx.userId }).delete();
      await recordSecurityEvent(ctx.db, {
        userId: ctx.userId,
        kind: 'webhook_deleted',
        at: ctx.now(),
        client: ctx.client,
        detail: row.url,
      });
      return { status: 204, body: undefined };
    },

    async listWebhookDeliveries({ path, query }, ctx) {
      const endpoint = await ownEndpoint(ctx, path.webhook_id);
      const limit = query.limit ?? 20;
      const found = await listDeliveries(ctx.db, endpoint.id, {
        after: query.cursor ? decodeCursor(query.cursor, isNewestFirstKey) : undefined,
        limit: limit + 1,
      });
      const attempts = await attemptsOf(
        ctx.db,
        found.slice(0, limit).map((d) => d.id),
      );
      const page = buildPage(
        found,
        limit,
        (row) => deliveryOf(row, attempts.get(row.id) ?? [], ctx.timezone),
        newestFirstKey,
      );
      return { status: 200, body: page };
    },

    async sendTestWebhook({ path }, ctx) {
      const endpoint = await ownEndpoint(ctx, path.webhook_id);
      const now = ctx.now();
      const messageId = randomUUID();
      const payload: WebhookPayload = {
        type: PING_EVENT,
        timestamp: formatInZone(now, ctx.timezone),
        data: { webhook_id: endpoint.id, message: 'A test event from Tend.' },
      };
      // Queued as the journal's deliveries are, by the dispatcher on this notice (or the
      // sweep): the request never waits on the job queue, which may not have started yet.
      const row = await ctx.db.transaction(async (trx) => {
        const [made] = await trx('webhook_deliveries')
          .insert({
            endpoint_id: endpoint.id,
            user_id: ctx.userId,
            event_type: PING_EVENT,
            message_id: messageId,
            body: JSON.stringify(payload),
            created_at: now,
          })
          .returning('*');
        await trx.raw('select pg_notify(?, ?)', [WEBHOOKS_CHANNEL, '']);
        return made as DeliveryRow;
      });
      return { status: 202, body: deliveryOf(row, [], ctx.timezone) };
    },
  };
}
