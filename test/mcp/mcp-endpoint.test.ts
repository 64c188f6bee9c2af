import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let server: Server;
let url: URL;
let alice: TestUser;

async function connect(auth: string): Promise<Client> {
  const client = new Client({ name: 'tend-test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(url, { requestInit: { headers: { Authorization: auth } } }),
  );
  return client;
}

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.createUser();
  server = await new Promise((resolve) => {
    const s = t.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

const structured = <T>(result: unknown) => (result as { structuredContent: T }).structuredContent;

describe('the MCP endpoint', () => {
  it('lists exactly the assistant operations as tools, every hint stated', async () => {
    const client = await connect(alice.auth);
    const { tools } = await client.listTools();
    const assistant = t.contract.catalog.filter((op) => op.tags.includes('assistant'));
    expect(tools.map((tool) => tool.name).sort()).toEqual(
      assistant.map((op) => op.operationId).sort(),
    );
    for (const tool of tools) {
      const op = assistant.find((o) => o.operationId === tool.name);
      expect(tool.description).toBe(op?.description);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.annotations).toEqual({
        readOnlyHint: op?.method === 'get',
        // A consequential write (undoActivity) may destroy too.
        destructiveHint:
          op?.method === 'delete' || (op?.method !== 'get' && op?.consequential === true),
        idempotentHint: op?.method !== 'post',
        openWorldHint: false,
      });
    }
    const create = tools.find((tool) => tool.name === 'createTask');
    expect(create?.inputSchema.required).toEqual(['title']);
    // A task is spelled out once, by getTask; the others name it (test/mcp/tool-list.test.ts).
    expect(create?.outputSchema).toEqual({ type: 'object', description: 'As getTask returns it.' });
    const get = tools.find((tool) => tool.name === 'getTask');
    expect(get?.outputSchema?.properties).toHaveProperty('due_at');
    expect(JSON.stringify(tools)).not.toContain('$ref');
    await client.close();
  });

  it('calls every task tool through the same pipeline as HTTP', async () => {
    const client = await connect(alice.auth);
    // Listing first makes the client check each result against the tool's outputSchema.
    await client.listTools();
    const created = structured<{ id: string; due_text: string }>(
      await client.callTool({
        name: 'createTask',
        arguments: { title: 'Flea drops', due_text: 'tomorrow 9am' },
      }),
    );
    expect(created.due_text).toBe('tomorrow 9am');
    const id = created.id;
    const listed = structured<{ items: { id: string }[] }>(
      await client.callTool({ name: 'listTasks', arguments: { limit: 5 } }),
    );
    expect(listed.items.map((i) => i.id)).toContain(id);
    const got = structured<{ title: string }>(
      await client.callTool({ name: 'getTask', arguments: { task_id: id } }),
    );
    expect(got.title).toBe('Flea drops');
    const updated = structured<{ priority: string }>(
      await client.callTool({ name: 'updateTask', arguments: { task_id: id, priority: 'high' } }),
    );
    expect(updated.priority).toBe('high');
    const done = structured<{ status: string }>(
      await client.callTool({ name: 'completeTask', arguments: { task_id: id } }),
    );
    expect(done.status).toBe('done');
    const open = structured<{ status: string }>(
      await client.callTool({ name: 'reopenTask', arguments: { task_id: id } }),
    );
    expect(open.status).toBe('open');
    const deleted = await client.callTool({ name: 'deleteTask', arguments: { task_id: id } });
    expect(deleted.isError).toBeFalsy();
    const gone = await client.callTool({ name: 'getTask', arguments: { task_id: id } });
    expect(gone.isError).toBe(true);
    expect(JSON.parse((gone.content as { text: string }[])[0]?.text ?? '{}')).toMatchObject({
      code: 'not_found',
    });
    const http = await t.request.get(`/v1/tasks/${id}`).set('Authorization', alice.auth);
    expect(http.status).toBe(404);
    await client.close();
  });

  it('returns a problem as an isError result naming the field', async () => {
    const client = await connect(alice.auth);
    const result = await client.callTool({
      name: 'createTask',
      arguments: { title: 'x', priority: 'asap', colour: 'red' },
    });
    expect(result.isError).toBe(true);
    const problem = JSON.parse((result.content as { text: string }[])[0]?.text ?? '{}');
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/body/colour',
      '/body/priority',
    ]);
    await client.close();
  });

  it('applies the token’s scopes to each tool', async () => {
    const reader = await t.createUser({ scopes: ['tasks:read'] });
    const client = await connect(reader.auth);
    expect((await client.callTool({ name: 'listTasks', arguments: {} })).isError).toBeFalsy();
    // A tool the token may not call is a scope challenge, not a result (see protocol tests).
    await expect(
      client.callTool({ name: 'createTask', arguments: { title: 'nope' } }),
    ).rejects.toThrow(/insufficient_scope/);
    expect(await t.db('tasks').where({ title: 'nope' })).toEqual([]);
    await client.close();
  });

  it('answers 401 with where to discover the authorization server and the scopes to ask for', async () => {
    const res = await t.request.post('/mcp').send({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe(
      `Bearer resource_metadata="${PUBLIC_URL}/.well-known/oauth-protected-resource/mcp", scope="tasks:read tasks:write records:read records:write"`,
    );
    const get = await t.request.get('/mcp').set('Authorization', alice.auth);
    expect(get.status).toBe(405);
  });
});
