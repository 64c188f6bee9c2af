import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { checkContract } from '../../scripts/lib/contract-rules.ts';
import { createTestApp, PUBLIC_URL, type TestApp } from '../support/app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) refsIn(child, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

function resolves(document: Record<string, unknown>, ref: string): boolean {
  let node: unknown = document;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  return node !== undefined;
}

describe('the served contract', () => {
  it('serves the whole contract as JSON and YAML with absolute URLs', async () => {
    const json = await t.request.get('/openapi.json');
    expect(json.status).toBe(200);
    expect(json.body.servers).toEqual([{ url: `${PUBLIC_URL}/v1`, description: 'Tend' }]);
    const flow = json.body.components.securitySchemes.oauth2.flows.authorizationCode;
    expect(flow.authorizationUrl).toBe(`${PUBLIC_URL}/oauth/authorize`);
    expect(flow.tokenUrl).toBe(`${PUBLIC_URL}/oauth/token`);
    const yaml = await t.request.get('/openapi.yaml');
    expect(yaml.headers['content-type']).toMatch(/yaml/);
    expect(YAML.parse(yaml.text)).toEqual(json.body);
  });

  it('serves the assistant operations alone for a Custom GPT, with no dangling $ref', async () => {
    const res = await t.request.get('/actions/openapi.yaml');
    expect(res.status).toBe(200);
    const actions = YAML.parse(res.text);
    const operations = Object.values(actions.paths).flatMap((item) =>
      Object.values(item as Record<string, { operationId?: string; tags?: string[] }>).filter(
        (op) => op.operationId,
      ),
    );
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.length).toBeLessThanOrEqual(30);
    for (const op of operations) expect(op.tags).toContain('assistant');
    expect(actions.servers[0].url).toBe(`${PUBLIC_URL}/v1`);
    for (const ref of refsIn(actions)) expect(resolves(actions, ref), ref).toBe(true);
  });

  it('serves an Actions document that is valid OpenAPI and keeps the contract rules', async () => {
    const res = await t.request.get('/actions/openapi.yaml');
    expect(checkContract(YAML.parse(res.text))).toEqual([]);
    const file = join(mkdtempSync(join(tmpdir(), 'tend-actions-')), 'actions.yaml');
    writeFileSync(file, res.text);
    const redocly = new URL('../../node_modules/.bin/redocly', import.meta.url).pathname;
    const lint = await promisify(execFile)(redocly, ['lint', file], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    }).catch((error) => error);
    expect(lint.code ?? 0, `${lint.stdout}${lint.stderr}`).toBe(0);
  });

  it('serves the reference with every asset local', async () => {
    const page = await t.request.get('/docs');
    expect(page.status).toBe(200);
    expect(page.text).not.toMatch(/https?:\/\//);
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) expect((await t.request.get(asset)).status, asset).toBe(200);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers health and readiness', async () => {
    expect((await t.request.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await t.request.get('/readyz')).body).toEqual({ status: 'ready' });
  });
});
