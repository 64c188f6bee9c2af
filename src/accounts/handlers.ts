import * as apiKeys from '../auth/api-keys.ts';
import { ALL_SCOPES, type Scope } from '../auth/principal.ts';
import { recordSecurityEvent } from '../auth/security-events.ts';
import type { Handlers } from '../contract/handler-types.ts';
import { itemNotFound } from '../core/problems/routing.ts';
import { formatInZone } from '../dates/zone.ts';
import { decodeCursor, isIsoInstant, isUuid } from '../paging/cursor.ts';
import { buildPage } from '../paging/page.ts';
import * as apps from './connected-apps.ts';

type AccountHandlers = Pick<
  Handlers,
  | 'getAccount'
  | 'listApiKeys'
  | 'createApiKey'
  | 'revokeApiKey'
  | 'listConnectedApps'
  | 'disconnectApp'
>;

/** Scopes in the contract's order, known ones only. */
function scopesOf(scopes: readonly string[]): Scope[] {
  return ALL_SCOPES.filter((s) => scopes.includes(s));
}

function isSortKey(key: unknown[]): key is [string, string] {
  return key.length === 2 && isIsoInstant(key[0]) && isUuid(key[1]);
}

/**
 * The account operations: the dashboard and the person's own scripts (scope `account`),
 * never an assistant. The dashboard pages call these through the contract too.
 */
export const accountHandlers: AccountHandlers = {
  async getAccount(_input, ctx) {
    const user = await ctx
      .db('users')
      .where({ id: ctx.userId })
      .first('id', 'email', 'display_name', 'timezone', 'created_at');
    if (!user) throw itemNotFound('account');
    return {
      status: 200,
      body: {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        timezone: user.timezone,
        created_at: formatInZone(new Date(user.created_at), ctx.timezone),
      },
    };
  },

  async listApiKeys({ query }, ctx) {
    const limit = query.limit ?? 20;
    const rows = await apiKeys.listApiKeys(ctx.db, ctx.userId, {
      after: query.cursor ? decodeCursor(query.cursor, isSortKey) : undefined,
      limit: limit + 1,
    });
    const page = buildPage(
      rows,
      limit,
      (row) => ({
        id: row.id,
        name: row.name,
        prefix: row.prefix,
        scopes: scopesOf(row.scopes),
        created_at: formatInZone(row.created_at, ctx.timezone),
        last_used_at: row.last_used_at && formatInZone(row.last_used_at, ctx.timezone),
      }),
      apiKeys.apiKeySortKey,
    );
    return { status: 200, body: page };
  },

  async createApiKey({ body }, ctx) {
    const created = await apiKeys.createApiKey(ctx.db, {
      userId: ctx.userId,
      name: body.name.trim(),
      scopes: scopesOf(body.scopes),
      now: ctx.now(),
    });
    await recordSecurityEvent(ctx.db, {
      userId: ctx.userId,
      kind: 'api_key_created',
      at: ctx.now(),
      client: ctx.client,
      detail: created.name,
    });
    return {
      status: 201,
      body: {
        id: created.id,
        name: created.name,
        prefix: created.prefix,
        scopes: created.scopes,
        created_at: formatInZone(new Date(created.created_at), ctx.timezone),
        last_used_at: null,
        key: created.key,
      },
    };
  },

  async revokeApiKey({ path }, ctx) {
    if (!(await apiKeys.revokeApiKey(ctx.db, ctx.userId, path.key_id, ctx.now()))) {
      throw itemNotFound('API key');
    }
    const key = await ctx.db('api_keys').where({ id: path.key_id }).first('name');
    await recordSecurityEvent(ctx.db, {
      userId: ctx.userId,
      kind: 'api_key_revoked',
      at: ctx.now(),
      client: ctx.client,
      detail: key?.name,
    });
    return { status: 204, body: undefined };
  },

  async listConnectedApps({ query }, ctx) {
    const limit = query.limit ?? 20;
    const rows = await apps.listConnectedApps(ctx.db, ctx.userId, {
      after: query.cursor ? decodeCursor(query.cursor, isSortKey) : undefined,
      limit: limit + 1,
    });
    const page = buildPage(
      rows,
      limit,
      (row) => ({
        id: row.id,
        client_name: row.client_name.slice(0, 100),
        scopes: scopesOf(row.scopes),
        connected_at: formatInZone(row.created_at, ctx.timezone),
        last_used_at: row.last_used_at && formatInZone(row.last_used_at, ctx.timezone),
      }),
      apps.connectedAppSortKey,
    );
    return { status: 200, body: page };
  },

  async disconnectApp({ path }, ctx) {
    if (!(await apps.disconnectApp(ctx.db, ctx.userId, path.grant_id, ctx.now()))) {
      throw itemNotFound('connected app');
    }
    const app = await ctx
      .db('oauth_grants as g')
      .join('oauth_clients as c', 'c.id', 'g.client_id')
      .where('g.id', path.grant_id)
      .first('c.name');
    await recordSecurityEvent(ctx.db, {
      userId: ctx.userId,
      kind: 'app_disconnected',
      at: ctx.now(),
      client: ctx.client,
      detail: app?.name,
    });
    return { status: 204, body: undefined };
  },
};
