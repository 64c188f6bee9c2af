import { recordSecurityEvent } from '../../auth/security-events.ts';
import type { Handler } from '../../contract/handler-types.ts';
import { itemNotFound, validationFailed } from '../../core/problems/routing.ts';
import { formatInZone } from '../../dates/zone.ts';
import { decodeCursor, isIsoInstant, isUuid } from '../../paging/cursor.ts';
import { buildPage } from '../../paging/page.ts';
import { normalizeOrigins } from './origins.ts';
import * as rows from './widget-rows.ts';

/** What a new widget says first when the person writes nothing of their own. */
export const DEFAULT_GREETING =
  'Hi! Ask me about your tasks, or the people and pets you look after.';

function isSortKey(key: unknown[]): key is rows.WidgetSortKey {
  return key.length === 2 && isIsoInstant(key[0]) && isUuid(key[1]);
}

function origins(texts: readonly string[]): string[] {
  const result = normalizeOrigins(texts, '/body/allowed_origins');
  if ('errors' in result) {
    throw validationFailed(result.errors, {
      status: 400,
      detail: 'A site allowed to show the widget is not a site address.',
      hint: 'Give each site as its scheme and host only, e.g. https://family.example.',
    });
  }
  return result.origins;
}

function widgetOf(row: rows.WidgetRow, zone: string) {
  return {
    id: row.id,
    name: row.name,
    allowed_origins: row.allowed_origins,
    theme: row.theme,
    position: row.position,
    greeting: row.greeting,
    created_at: formatInZone(row.created_at, zone),
    updated_at: formatInZone(row.updated_at, zone),
  };
}

async function ownWidget(ctx: Parameters<Handler<'getWidget'>>[1], id: string) {
  const row = await rows.findOwnWidget(ctx.db, ctx.userId, id);
  if (!row) throw itemNotFound('widget');
  return row;
}

/**
 * The chat widgets: account settings like API keys (scope `account`), so not journaled;
 * like a key, making or deleting one goes in the person's security log.
 * The widget's public OAuth client is registered on its first sign-in (src/oauth/widget/);
 * deleting the widget deletes that client, whose grants and tokens end with it.
 */
export const widgetHandlers: {
  listWidgets: Handler<'listWidgets'>;
  createWidget: Handler<'createWidget'>;
  getWidget: Handler<'getWidget'>;
  updateWidget: Handler<'updateWidget'>;
  deleteWidget: Handler<'deleteWidget'>;
  getWidgetEmbedCode: Handler<'getWidgetEmbedCode'>;
} = {
  async listWidgets({ query }, ctx) {
    const limit = query.limit ?? 20;
    const found = await rows.listWidgets(ctx.db, ctx.userId, {
      after: query.cursor ? decodeCursor(query.cursor, isSortKey) : undefined,
      limit: limit + 1,
    });
    const page = buildPage(found, limit, (row) => widgetOf(row, ctx.timezone), rows.widgetSortKey);
    return { status: 200, body: page };
  },

  async createWidget({ body }, ctx) {
    const now = ctx.now();
    const [row] = await ctx
      .db('widgets')
      .insert({
        user_id: ctx.userId,
        name: body.name.trim() || body.name,
        allowed_origins: JSON.stringify(origins(body.allowed_origins)),
        theme: body.theme ?? 'light',
        position: body.position ?? 'bottom-right',
        greeting: body.greeting?.trim() || DEFAULT_GREETING,
        created_at: now,
        updated_at: now,
      })
      .returning('*');
    await recordSecurityEvent(ctx.db, {
      userId: ctx.userId,
      kind: 'widget_created',
      at: now,
      client: ctx.client,
      detail: row.name,
    });
    return { status: 201, body: widgetOf(await ownWidget(ctx, row.id), ctx.timezone) };
  },

  async getWidget({ path }, ctx) {
    return { status: 200, body: widgetOf(await ownWidget(ctx, path.widget_id), ctx.timezone) };
  },

  async updateWidget({ path, body }, ctx) {
    await ownWidget(ctx, path.widget_id);
    const changes: Record<string, unknown> = { updated_at: ctx.now() };
    if (body.name !== undefined) changes.name = body.name.trim() || body.name;
    if (body.allowed_origins !== undefined) {
      changes.allowed_origins = JSON.stringify(origins(body.allowed_origins));
    }
    if (body.theme !== undefined) changes.theme = body.theme;
    if (body.position !== undefined) changes.position = body.position;
    if (body.greeting !== undefined) changes.greeting = body.greeting.trim() || body.greeting;
    await ctx.db('widgets').where({ id: path.widget_id, user_id: ctx.userId }).update(changes);
    return {
      status: 200,
      body: widgetOf(await ownWidget(ctx, path.widget_id), ctx.timezone),
    };
  },

  async deleteWidget({ path }, ctx) {
    const row = await ownWidget(ctx, path.widget_id);
    await ctx.db.transaction(async (trx) => {
      await trx('widgets').where({ id: row.id }).delete();
      // The client's grants, codes and refresh tokens cascade with it: its sign-ins end.
      if (row.client_id) await trx('oauth_clients').where({ id: row.client_id }).delete();
    });
    await recordSecurityEvent(ctx.db, {
      userId: ctx.userId,
      kind: 'widget_deleted',
      at: ctx.now(),
      client: ctx.client,
      detail: row.name,
    });
    return { status: 204, body: undefined };
  },

  async getWidgetEmbedCode({ path }, ctx) {
    const row = await ownWidget(ctx, path.widget_id);
    const scriptUrl = `${ctx.publicUrl}/widget.js`;
    return {
      status: 200,
      body: {
        html: `<script src="${scriptUrl}" data-tend-widget="${row.id}" async></script>`,
        script_url: scriptUrl,
      },
    };
  },
};
