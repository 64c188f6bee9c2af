import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createTestApp, PUBLIC_URL, type TestApp, type TestUser } from '../support/app.ts';
import { createTestDb, type TestDb } from '../support/db.ts';

let t: TestApp;
let alice: TestUser;
let reader: TestUser;
const METADATA = `${PUBLIC_URL}/.well-known/oauth-protected-resource/mcp`;

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.createUser();
  reader = await t.createUser({ scopes: ['tasks:read'] });
});
afterAll(async () => {
  await t.close();
});

function post(body: unknown, auth = alice.auth) {
  return t.request
    .post('/mcp')
    .set('Authorization', auth)
    .set('Accept', 'application/json, text/event-stream')
    .set('Content-Type', 'application/json')
    .send(typeof body === 'string' ? body : JSON.stringify(body));
}

const call = (name: string, args: Record<string, unknown> = {}) => ({
  jsonrpc: '2.0',
  id: 7,
  method: 'tools/call',
  params: { name, arguments: args },
});

describe('MCP 2025-11-25 on /mcp', () => {
  it('refuses a foreign Origin with 403 and a JSON-RPC error', async () => {
    const res = await post({ jsonrpc: '2.0', id: 1, method: 'ping' }).set(
      'Origin',
      'http://evil.example',
    );
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32001 } });
  });

  it('allows no Origin, and Tend’s own origin', async () => {
    const none = await post({ jsonrpc: '2.0', id: 1, method: 'ping' });
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ jsonrpc: '2.0', id: 1, result: {} });
    const own = await post({ jsonrpc: '2.0', id: 2, method: 'ping' }).set('Origin', PUBLIC_URL);
    expect(own.status).toBe(200);
  });

  it('allows the origins MCP_ALLOWED_ORIGINS lists and no others', async () => {
    let testDb: TestDb | undefined;
    try {
      testDb = await createTestDb();
      const { app } = await buildApp({
        config: {
          publicUrl: PUBLIC_URL,
          validateResponses: true,
          mcpAllowedOrigins: ['https://inspector.example'],
        },
        db: testDb.db,
        log: createLogger('silent'),
      });
      const ping = (origin: string) =>
        supertest(app)
          .post('/mcp')
          .set('Origin', origin)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }));
      // Past the Origin check, a request without a token meets the 401.
      expect((await ping('https://inspector.example')).status).toBe(401);
      expect((await ping('https://other.example')).status).toBe(403);
    } finally {
      await testDb?.destroy();
    }
  });

  it('challenges a tool call lacking a scope with 403 insufficient_scope before it runs', async () => {
    const res = await post(call('createTask', { title: 'Not without tasks:write' }), reader.auth);
    expect(res.status).toBe(403);
    expect(res.headers['www-authenticate']).toBe(
      `Bearer error="insufficient_scope", scope="tasks:write", resource_metadata="${METADATA}"`,
    );
    expect(res.body).toMatchObject({ jsonrpc: '2.0', id: 7, error: { code: -32001 } });
    expect(await t.db('tasks').where({ title: 'Not without tasks:write' })).toEqual([]);
    const allowed = await post(call('listTasks'), reader.auth);
    expect(allowed.status).toBe(200);
    expect(allowed.body.result.isError).toBeUndefined();
  });

  it('puts the scopes to ask for on the 401 of an invalid token', async () => {
    const res = await post({ jsonrpc: '2.0', id: 1, method: 'ping' }, 'Bearer not-a-token');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe(
      `Bearer error="invalid_token", resource_metadata="${METADATA}", scope="tasks:read tasks:write records:read records:write"`,
    );
  });

  it('answers an unknown tool with JSON-RPC error -32602', async () => {
    const res = await post(call('launchRocket'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ jsonrpc: '2.0', id: 7, error: { code: -32602 } });
    expect(res.body.error.message).toContain('launchRocket');
  });

  it('answers malformed JSON with JSON-RPC error -32700, not a problem', async () => {
    const res = await post('{"jsonrpc": "2.0", "id": 1, "method": ');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32700, message: 'The body is not JSON.' },
    });
  });

  it('refuses a JSON-RPC batch, which this revision removed, with -32600', async () => {
    const res = await post([
      { jsonrpc: '2.0', id: 1, method: 'ping' },
      { jsonrpc: '2.0', id: 2, method: 'tools/list' },
    ]);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32600 } });
  });

  it('accepts a notification with 202 and no body, and names an unknown method -32601', async () => {
    const note = await post({ jsonrpc: '2.0', method: 'notifications/initialized' });
    expect(note.status).toBe(202);
    expect(note.text).toBe('');
    const unknown = await post({ jsonrpc: '2.0', id: 3, method: 'prompts/list' });
    expect(unknown.body).toMatchObject({ id: 3, error: { code: -32601 } });
  });

  it('negotiates the protocol version and refuses an unknown MCP-Protocol-Version header', async () => {
    const init = (version: string) =>
      post({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          protocolVersion: version,
          capabilities: {},
          clientInfo: { name: 't', version: '1' },
        },
      });
    expect((await init('2025-06-18')).body.result.protocolVersion).toBe('2025-06-18');
    expect((await init('1999-01-01')).body.result.protocolVersion).toBe('2025-11-25');
    const bad = await post({ jsonrpc: '2.0', id: 1, method: 'ping' }).set(
      'MCP-Protocol-Version',
      '1999-01-01',
    );
    expect(bad.status).toBe(400);
  });

  it('gives each result structuredContent and a short summary, the page serialized once', async () => {
    for (const title of ['One', 'Two', 'Three'])
      await t.request.post('/v1/tasks').set('Authorization', alice.auth).send({ title });
    const res = await post(call('listTasks', { limit: 2 }));
    const result = res.body.result;
    expect(result.structuredContent.items).toHaveLength(2);
    expect(result.content).toEqual([
      {
        type: 'text',
        text: '2 items; more with cursor = next_cursor. The items are in structuredContent.',
      },
    ]);
    expect(res.text.split('"title":"').length - 1).toBe(2);
  });
});
