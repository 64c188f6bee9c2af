import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.createUser();
});
afterAll(async () => {
  await t.close();
});

async function rpc(method: string, params?: Record<string, unknown>) {
  const res = await t.request
    .post('/mcp')
    .set('Authorization', alice.auth)
    .set('Accept', 'application/json, text/event-stream')
    .send({ jsonrpc: '2.0', id: 1, method, ...(params && { params }) });
  expect(res.status).toBe(200);
  return res.body.result;
}

type ToolJson = { name: string; inputSchema: object; outputSchema?: object };

describe('the tool list', () => {
  it('fits in 40,000 characters, as a model reads it in every conversation', async () => {
    const result = await rpc('tools/list');
    expect(JSON.stringify(result).length).toBeLessThanOrEqual(40_000);
  });

  it('gives every tool with a body an outputSchema', async () => {
    const { tools } = (await rpc('tools/list')) as { tools: ToolJson[] };
    const withBody = t.contract.catalog.filter(
      (op) =>
        op.tags.includes('assistant') &&
        (op.responses['200'] ?? op.responses['201'])?.content?.['application/json'],
    );
    expect(withBody.length).toBeGreaterThan(20);
    for (const op of withBody) {
      const tool = tools.find((candidate) => candidate.name === op.operationId);
      expect(tool?.outputSchema, op.operationId).toMatchObject({ type: 'object' });
    }
  });

  it('compiles every input and output schema under Ajv 2020 in strict mode', async () => {
    const { tools } = (await rpc('tools/list')) as { tools: ToolJson[] };
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajvFormats.default(ajv);
    for (const tool of tools) {
      for (const schema of [tool.inputSchema, tool.outputSchema].filter(Boolean)) {
        expect(() => ajv.compile(schema as object), tool.name).not.toThrow();
      }
    }
    const text = JSON.stringify(tools);
    expect(text).not.toMatch(/"(example|nullable|x-[\w-]+)":/);
  });

  it('says how to use the tools when a client initializes', async () => {
    const result = await rpc('initialize', {
      protocolVersion: '2025-11-25',
      capabilities: {},
      clientInfo: { name: 'test', version: '1' },
    });
    expect(result.instructions).toContain('findSubjects');
    expect(result.instructions).toMatch(/time zone/);
    expect(result.instructions.length).toBeLessThan(1500);
  });
});
