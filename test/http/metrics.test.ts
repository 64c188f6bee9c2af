import supertest from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/accounts/users.ts';
import { type AppDeps, buildApp } from '../../src/app/build-app.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createTestDb } from '../support/db.ts';

/** `GET /metrics`: what it shows after traffic, and who may read it. */
const { db, destroy } = await createTestDb();
afterAll(destroy);

const instance = async (config: Partial<AppDeps['config']> = {}) =>
  supertest(
    (
      await buildApp({
        config: { publicUrl: 'http://tend.test', validateResponses: true, ...config },
        db,
        log: createLogger('silent'),
      })
    ).app,
  );

const user = await createUser(db, {
  email: 'metrics@example.com',
  displayName: 'Metrics',
  timezone: 'UTC',
  now: new Date(),
});
const { key } = await createApiKey(db, {
  userId: user.id,
  name: 'metrics',
  scopes: ['tasks:read', 'tasks:write'],
  now: new Date(),
});
const auth = `Bearer ${key}`;
const METRICS_TOKEN = 'scrape-me-0123456789abcdef';

describe('GET /metrics from this host', async () => {
  // A proxy is trusted, so the forwarded-address case below is a real client address.
  const request = await instance({
    trustProxy: 1,
    rateLimits: { perApiKey: 3, perOAuthGrant: 0, perIp: 0, failedAuthPerIp: 0 },
  });
  const missingId = '0b9a7c1e-5d2f-4e8a-9c3b-7f6e5d4c3b2a';
  for (let i = 0; i < 3; i += 1) {
    expect((await request.get('/v1/tasks').set('Authorization', auth)).status).toBe(200);
  }
  // Over the limit of 3 a minute: refused and counted.
  expect((await request.get('/v1/tasks').set('Authorization', auth)).status).toBe(429);
  await request.get('/healthz');
  await request.get(`/nothing/here/${missingId}`);
  const scraped = await request.get('/metrics');

  it('answers in Prometheus text', () => {
    expect(scraped.status).toBe(200);
    expect(scraped.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('times an API call by its operationId and status', () => {
    expect(scraped.text).toContain(
      'http_request_duration_seconds_count{operation="listTasks",status="200"} 3',
    );
    // Refused before routing: the API's pattern, not an operation.
    expect(scraped.text).toContain(
      'http_request_duration_seconds_count{operation="/v1/*",status="429"} 1',
    );
    expect(scraped.text).toMatch(
      /http_request_duration_seconds_bucket\{le="0\.005",operation="listTasks",status="200"\} \d/,
    );
  });

  it('names other paths by their route pattern, never the URL', () => {
    expect(scraped.text).toContain(
      'http_request_duration_seconds_count{operation="/healthz",status="200"} 1',
    );
    expect(scraped.text).toContain(
      'http_request_duration_seconds_count{operation="unmatched",status="404"} 1',
    );
    expect(scraped.text).not.toContain(missingId);
  });

  it('shows the database pool: in use, idle, waiting', () => {
    expect(scraped.text).toMatch(/^tend_db_pool_in_use \d+$/m);
    expect(scraped.text).toMatch(/^tend_db_pool_idle [1-9]\d*$/m);
    expect(scraped.text).toMatch(/^tend_db_pool_waiting 0$/m);
  });

  it('counts rate-limit refusals by the kind of limit', () => {
    expect(scraped.text).toContain('tend_rate_limit_rejections_total{limit="api_key"} 1');
  });

  it('carries the process metrics', () => {
    expect(scraped.text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(scraped.text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  });

  it('is a 404 for a client elsewhere, as a trusted proxy reports it', async () => {
    const res = await request.get('/metrics').set('X-Forwarded-For', '203.0.113.9');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('http_request_duration_seconds');
  });
});

describe('GET /metrics without a trusted proxy', async () => {
  const request = await instance();

  it('is a 404 for a forwarded request: a proxy on this host acts for someone else', async () => {
    const res = await request.get('/metrics').set('X-Forwarded-For', '203.0.113.9');
    expect(res.status).toBe(404);
    expect((await request.get('/metrics')).status).toBe(200);
  });
});

describe('GET /metrics with METRICS_TOKEN', async () => {
  const request = await instance({ metricsToken: METRICS_TOKEN });

  it('refuses no token with 401, even from this host', async () => {
    const res = await request.get('/metrics');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(res.body.code).toBe('metrics_token_required');
  });

  it('refuses a wrong token with 401', async () => {
    const res = await request.get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}x`);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
    // An API key is not the metrics token either.
    expect((await request.get('/metrics').set('Authorization', auth)).status).toBe(401);
  });

  it('answers the token from anywhere', async () => {
    const res = await request
      .get('/metrics')
      .set('Authorization', `Bearer ${METRICS_TOKEN}`)
      .set('X-Forwarded-For', '203.0.113.9');
    expect(res.status).toBe(200);
    expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
  });
});

describe('MCP tool calls in /metrics', async () => {
  const request = await instance();
  const call = (name: string, args: Record<string, unknown>) =>
    request
      .post('/mcp')
      .set('Authorization', auth)
      .set('Accept', 'application/json, text/event-stream')
      .send({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } });

  it('counts each call by tool and outcome', async () => {
    expect((await call('listTasks', {})).body.result.isError).toBeUndefined();
    expect((await call('getTask', { id: 'not-a-uuid' })).body.result.isError).toBe(true);
    const text = (await request.get('/metrics')).text;
    expect(text).toContain('tend_mcp_tool_calls_total{tool="listTasks",outcome="ok"} 1');
    expect(text).toContain('tend_mcp_tool_calls_total{tool="getTask",outcome="error"} 1');
    expect(text).toContain('http_request_duration_seconds_count{operation="/mcp",status="200"} 2');
  });
});
