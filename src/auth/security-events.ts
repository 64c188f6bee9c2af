import type { Db } from '../db/connect.ts';

/** What the security log records: each at the place it happens. */
export const SECURITY_EVENT_KINDS = [
  'sign_in',
  'sign_in_failed',
  'password_changed',
  'password_reset',
  'api_key_created',
  'api_key_revoked',
  'app_connected',
  'app_disconnected',
  'signed_out_everywhere',
  // A chat widget opens a way to sign in from other sites; deleting it ends those sign-ins.
  'widget_created',
  'widget_deleted',
  // A webhook sends the person's changes to a URL of their choosing (docs/webhooks.md).
  'webhook_created',
  'webhook_deleted',
] as const;

export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

/** Where a request came from, as far as the server can tell. */
export interface RequestClient {
  ip?: string | undefined;
  userAgent?: string | undefined;
}

/** An Express request's client; only what the log shows is kept, and not too much of it. */
export function clientOf(req: {
  ip?: string | undefined;
  get(name: string): string | undefined;
}): RequestClient {
  return { ip: req.ip, userAgent: req.get('user-agent')?.slice(0, 500) };
}

/** How long the log keeps an event. */
export const SECURITY_EVENT_RETENTION_MS = 365 * 24 * 60 * 60 * 1000;

export async function recordSecurityEvent(
  db: Db,
  event: {
    userId: string;
    kind: SecurityEventKind;
    at: Date;
    client?: RequestClient | undefined;
    detail?: string | undefined;
  },
): Promise<void> {
  await db('security_events').insert({
    user_id: event.userId,
    kind: event.kind,
    at: event.at,
    ip: event.client?.ip ?? null,
    user_agent: event.client?.userAgent ?? null,
    detail: event.detail?.slice(0, 200) ?? null,
  });
}

export interface SecurityEvent {
  id: string;
  kind: SecurityEventKind;
  at: Date;
  ip: string | null;
  userAgent: string | null;
  detail: string | null;
}

/** The keyset of the log's order, newest first: `at`, then id. */
export type SecurityEventKey = [at: string, id: string];

export function securityEventKey(event: SecurityEvent): SecurityEventKey {
  return [event.at.toISOString(), event.id];
}

/** The person's events, newest first, after `after` (the last one of the previous page). */
export async function listSecurityEvents(
  db: Db,
  userId: string,
  options: { after?: SecurityEventKey | undefined; limit: number },
): Promise<SecurityEvent[]> {
  const query = db('security_events')
    .where({ user_id: userId })
    .orderBy([
      { column: 'at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(options.limit)
    .select('id', 'kind', 'at', 'ip', 'user_agent', 'detail');
  if (options.after) query.whereRaw('(at, id) < (?::timestamptz, ?::uuid)', options.after);
  const rows = await query;
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    at: new Date(r.at),
    ip: r.ip,
    userAgent: r.user_agent,
    detail: r.detail,
  }));
}

/** Housekeeping: an event older than a year is kept no longer. */
export async function purgeSecurityEvents(db: Db, now: Date): Promise<number> {
  const purged = await db('security_events')
    .where('at', '<', new Date(now.getTime() - SECURITY_EVENT_RETENTION_MS))
    .delete()
    .returning('id');
  return purged.length;
}
