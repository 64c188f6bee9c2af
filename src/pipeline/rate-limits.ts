import {
  type RateLimiterAbstract,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Principal } from '../auth/principal.ts';
import type { HttpError } from '../core/http-error.ts';
import { rateLimited } from '../core/problems/rate-limits.ts';
import { type Db, isPglite } from '../db/connect.ts';

/** Requests per minute; 0 turns a limit off. */
export interface RateLimitSettings {
  perApiKey: number;
  perOAuthGrant: number;
  /** Requests without a bearer token (the dashboard, strangers), per client IP. */
  perIp: number;
  /** Requests whose bearer token is not valid, per client IP. */
  failedAuthPerIp: number;
}

export const RATE_LIMIT_TABLE = 'rate_limits';
const WINDOW_S = 60;

/** Who a request is counted against; `authenticate` is called only when it may be. */
export interface Caller {
  ip: string | undefined;
  bearer: string | undefined;
  authenticate: () => Promise<Principal | null>;
}

export interface Admission {
  /** Set when the request must not run: a 429 with Retry-After and RateLimit headers. */
  refused?: HttpError;
  /** The RateLimit-Policy and RateLimit fields for the answer. */
  headers: Record<string, string>;
}

export interface RateLimits {
  admit(caller: Caller): Promise<Admission>;
}

type Policy = 'api_key' | 'oauth' | 'ip' | 'failed_auth';

/**
 * OWASP API4, docs/security.md R5: requests per API key, per OAuth grant (one client acting
 * for one user), and per client IP for requests without valid credentials, counted in
 * PostgreSQL so every instance shares the counters (DESIGN §4). Answers carry the IETF
 * RateLimit-Policy and RateLimit fields (draft-ietf-httpapi-ratelimit-headers-10 §5, §6).
 */
export function createRateLimits(
  db: Db,
  settings: RateLimitSettings,
  /** Told of each refusal, by its limit's kind (the metrics count them). */
  onRefused?: (limit: Policy) => void,
): RateLimits {
  const limiters = new Map<Policy, RateLimiterAbstract>();
  const quotas: Record<Policy, number> = {
    api_key: settings.perApiKey,
    oauth: settings.perOAuthGrant,
    ip: settings.perIp,
    failed_auth: settings.failedAuthPerIp,
  };
  const store = rateLimitStore(db);
  for (const [policy, points] of Object.entries(quotas) as [Policy, number][]) {
    if (points <= 0) continue;
    limiters.set(
      policy,
      new RateLimiterPostgres({
        ...store,
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        // Expired rows are purged by housekeeping (purgeExpiredRateLimits), not a timer.
        clearExpiredByTimeout: false,
        keyPrefix: policy,
        points,
        duration: WINDOW_S,
      }),
    );
  }

  async function consume(policy: Policy, key: string): Promise<Admission> {
    const limiter = limiters.get(policy);
    if (!limiter) return { headers: {} };
    try {
      return { headers: fields(policy, quotas[policy], await limiter.consume(key)) };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      onRefused?.(policy);
      return refusal(policy, quotas[policy], error);
    }
  }

  return {
    async admit(caller) {
      const ip = caller.ip ?? 'unknown';
      if (!caller.bearer) return consume('ip', ip);
      // A source over its failed-auth limit is refused before its token is looked at, so
      // a guess there tells nothing, right or wrong.
      const failed = limiters.get('failed_auth');
      const seen = failed ? await failed.get(ip) : null;
      if (seen && seen.consumedPoints >= quotas.failed_auth) {
        onRefused?.('failed_auth');
        return refusal('failed_auth', quotas.failed_auth, seen);
      }
      const principal = await caller.authenticate();
      if (!principal) return consume('failed_auth', ip);
      if (principal.kind === 'oauth') return consume('oauth', principal.credentialId);
      if (principal.kind === 'api_key') return consume('api_key', principal.credentialId);
      return consume('ip', ip);
    },
  };
}

function fields(policy: Policy, quota: number, res: RateLimiterRes): Record<string, string> {
  const resetS = Math.max(0, Math.ceil(res.msBeforeNext / 1000));
  return {
    'RateLimit-Policy': `"${policy}";q=${quota};w=${WINDOW_S}`,
    RateLimit: `"${policy}";r=${Math.max(0, res.remainingPoints)};t=${resetS}`,
  };
}

function refusal(policy: Policy, quota: number, res: RateLimiterRes): Admission {
  const headers = fields(policy, quota, res);
  const retryAfter = String(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
  return {
    headers,
    refused: rateLimited({
      failedAuth: policy === 'failed_auth',
      quota,
      windowSeconds: WINDOW_S,
      retryAfterSeconds: retryAfter,
      headers,
    }),
  };
}

/**
 * The store for RateLimiterPostgres. On PostgreSQL, knex itself (the library's `knex`
 * store type). PGlite's knex client hands out a PGlite instance, whose `query` takes
 * (text, values) rather than pg's query object, so there the library gets a pg-like
 * `query` that goes through knex: the same single connection, never beside a
 * transaction knex has open on it.
 */
function rateLimitStore(db: Db): { storeClient: unknown; storeType: string } {
  if (!isPglite(db)) return { storeClient: db, storeType: 'knex' };
  return {
    storeType: 'pool',
    storeClient: {
      async query(q: { text: string; values?: unknown[] }) {
        const bindings: Record<string, unknown> = {};
        (q.values ?? []).forEach((value, i) => {
          bindings[`p${i + 1}`] = value;
        });
        const sql = q.text.replace(/\$(\d+)/g, ':p$1');
        const result = (await db.raw(sql, bindings as never)) as { rows: unknown[] };
        return { rows: result.rows, rowCount: result.rows.length };
      },
    },
  };
}

/** Housekeeping: counters whose window ended. */
export async function purgeExpiredRateLimits(db: Db, now: Date): Promise<number> {
  const purged = await db(RATE_LIMIT_TABLE)
    .where('expire', '<', now.getTime())
    .delete()
    .returning('key');
  return purged.length;
}
