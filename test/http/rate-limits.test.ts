import supertest from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/accounts/users.ts';
import { buildApp } from '../../src/app/build-app.ts';
import { runHousekeeping } from '../../src/app/housekeeping.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import type { HttpEntry } from '../../src/http/api-door.ts';
import { createLogger } from '../../src/http/logger.ts';
import type { RateLimitSettings } from '../../src/pipeline/rate-limits.ts';
import { createTestDb } from '../support/db.ts';

/**
 * docs/security.md R5 (OWASP API4): bursts get 429 with Retry-After and the IETF RateLimit
 * fields, counted in the database: two instances on one database share the counters.
 */
const LIMITS: RateLimitSettings = {
  perApiKey: 20,
  perOAuthGrant: 20,
  perIp: 10,
  failedAuthPerIp: 5,
};
const { db, destroy } = await createTestDb();
const instance = async (): Promise<HttpEntry> =>
  (
    await buildApp({
      config: {
        publicUrl: 'http://tend.test',
        validateResponses: true,
        trustProxy: 1,
        rateLimits: LIMITS,
      },
      db,
      log: createLogger('silent'),
    })
  ).app;
const [a, b] = [await instance(), await instance()];
const instances = [supertest(a), supertest(b)] as const;
afterAll(destroy);

let n = 0;
async function newKey(): Promise<string> {
  n += 1;
  const user = await createUser(db, {
    email: `burst${n}@example.com`,
    displayName: 'Burst',
    timezone: 'UTC',
    now: new Date(),
  });
  const { key } = await createApiKey(db, {
    userId: user.id,
    name: 'burst',
    scopes: ['tasks:read', 'tasks:write'],
    now: new Date(),
  });
  return `Bearer ${key}`;
}

/** Request i goes to instance i mod 2, from `ip`. */
function get(i: number, ip: string, auth?: string) {
  const req = (i % 2 === 0 ? instances[0] : instances[1])
    .get('/v1/tasks')
    .set('X-Forwarded-For', ip);
  return auth ? req.set('Authorization', auth) : req;
}

function expectRateLimited(res: supertest.Response, policy: string, quota: number) {
  expect(res.status, res.text).toBe(429);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe('rate_limited');
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(res.headers['ratelimit-policy']).toBe(`"${policy}";q=${quota};w=60`);
  expect(res.headers.ratelimit).toMatch(new RegExp(`^"${policy}";r=0;t=\\d+$`));
}

describe('R5: rate limits shared by two instances on one database', () => {
  it('lets an API key make its quota across both instances, then answers 429', async () => {
    const key = await newKey();
    const remaining: number[] = [];
    for (let i = 0; i < LIMITS.perApiKey; i++) {
      const res = await get(i, '192.0.2.1', key);
      expect(res.status, res.text).toBe(200);
      expect(res.headers['ratelimit-policy']).toBe('"api_key";q=20;w=60');
      remaining.push(Number(/r=(\d+)/.exec(res.headers.ratelimit ?? '')?.[1]));
    }
    // Counted as one: each instance sees the other's requests.
    expect(remaining).toEqual(Array.from({ length: 20 }, (_, i) => 19 - i));
    expectRateLimited(await get(0, '192.0.2.1', key), 'api_key', 20);
    expectRateLimited(await get(1, '192.0.2.2', key), 'api_key', 20);
    // Another key is counted on its own.
    expect((await get(0, '192.0.2.1', await newKey())).status).toBe(200);
  });

  it('counts a burst sent in parallel to both instances exactly', async () => {
    const key = await newKey();
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => get(i, '192.0.2.3', key).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  });

  it('counts invalid keys per IP, then refuses even a valid key from there, but not elsewhere', async () => {
    const valid = await newKey();
    for (let i = 0; i < LIMITS.failedAuthPerIp; i++) {
      expect((await get(i, '198.51.100.9', `Bearer tend_wrong${i}`)).status).toBe(401);
    }
    expectRateLimited(await get(0, '198.51.100.9', 'Bearer tend_wrongagain'), 'failed_auth', 5);
    expectRateLimited(await get(1, '198.51.100.9', valid), 'failed_auth', 5);
    expect((await get(0, '198.51.100.10', valid)).status).toBe(200);
  });

  it('counts requests without credentials per IP', async () => {
    for (let i = 0; i < LIMITS.perIp; i++) {
      expect((await get(i, '203.0.113.50')).status).toBe(401);
    }
    expectRateLimited(await get(0, '203.0.113.50'), 'ip', 10);
    expect((await get(1, '203.0.113.51')).status).toBe(401);
  });

  it('answers /mcp with the same limits', async () => {
    const key = await newKey();
    for (let i = 0; i < LIMITS.perApiKey; i++) {
      expect((await get(i, '192.0.2.4', key)).status).toBe(200);
    }
    const res = await instances[1]
      .post('/mcp')
      .set('Authorization', key)
      .set('Accept', 'application/json, text/event-stream')
      .send({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    expectRateLimited(res, 'api_key', 20);
  });

  it('keeps its counters in the database, and housekeeping purges the expired ones', async () => {
    const rows = await db('rate_limits').count({ n: '*' }).first();
    expect(Number(rows?.n)).toBeGreaterThan(0);
    const purged = await runHousekeeping(db, new Date(Date.now() + 61_000));
    expect(purged.rateLimits).toBe(Number(rows?.n));
    expect(await db('rate_limits')).toEqual([]);
  });
});
