import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/mcp/views/catalog.ts';
import { createTestApp, type TestApp, type TestUser } from '../../support/app.ts';

const MIME = 'text/html;profile=mcp-app';

let t: TestApp;
let server: Server;
let url: URL;
let alice: TestUser;
let client: Client;

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.createUser();
  server = await new Promise((resolve) => {
    const s = t.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
  // A host that renders views says so (MCP Apps capability negotiation).
  client = new Client(
    { name: 'tend-view-host', version: '1.0.0' },
    { capabilities: { extensions: { 'io.modelcontextprotocol/ui': { mimeTypes: [MIME] } } } },
  );
  await client.connect(
    new StreamableHTTPClientTransport(url, {
      requestInit: { headers: { Authorization: alice.auth } },
    }),
  );
});
afterAll(async () => {
  await client.close();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

describe('MCP Apps views over HTTP', () => {
  it('advertises the MCP Apps extension and resources in initialize', () => {
    const capabilities = client.getServerCapabilities();
    expect(capabilities?.resources).toBeDefined();
    expect(capabilities?.extensions?.['io.modelcontextprotocol/ui']).toEqual({ mimeTypes: [MIME] });
  });

  it('lists one ui:// resource per view, each declaring a CSP with no outside domain', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(VIEWS.map((v) => v.uri).sort());
    for (const resource of resources) {
      expect(resource.uri).toMatch(/^ui:\/\/tend\//);
      expect(resource.mimeType).toBe(MIME);
      expect(resource._meta?.ui).toMatchObject({
        csp: { connectDomains: [], resourceDomains: [] },
      });
    }
  });

  it('reads every view as one self-contained HTML document that loads nothing from outside', async () => {
    for (const view of VIEWS) {
      const { contents } = await client.readResource({ uri: view.uri });
      expect(contents).toHaveLength(1);
      const [content] = contents;
      expect(content?.uri).toBe(view.uri);
      expect(content?.mimeType).toBe(MIME);
      expect(content?._meta?.ui).toMatchObject({
        csp: { connectDomains: [], resourceDomains: [] },
      });
      const html = String((content as { text?: string } | undefined)?.text);
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain(`<title>${view.title} · Tend</title>`);
      // Script and styles inline; no element fetches anything (no src=, no <link>). That
      // it loads nothing under a CSP allowing no origin is checked in Chromium.
      expect(/<script>[\s\S]{10000,}<\/script>/.test(html)).toBe(true);
      expect(/<script[^>]+src=|<link\b|@import/i.test(html)).toBe(false);
    }
  });

  it('answers an unknown ui:// resource with error -32002', async () => {
    await expect(client.readResource({ uri: 'ui://tend/nope.html' })).rejects.toMatchObject({
      code: -32002,
    });
  });

  it('links each viewed tool to its view by ui.resourceUri and openai/outputTemplate, and no other tool', async () => {
    const { tools } = await client.listTools();
    const { resources } = await client.listResources();
    const uris = new Set(resources.map((r) => r.uri));
    const linked = Object.fromEntries(
      tools
        .filter((tool) => tool._meta)
        .map((tool) => [
          tool.name,
          (tool._meta?.ui as { resourceUri?: string } | undefined)?.resourceUri as string,
        ]),
    );
    expect(linked).toEqual({
      getOverview: 'ui://tend/today.html',
      listTasks: 'ui://tend/tasks.html',
      getSubject: 'ui://tend/care-card.html',
      listRecords: 'ui://tend/care-card.html',
      getTrend: 'ui://tend/care-card.html',
      getReport: 'ui://tend/report.html',
    });
    for (const tool of tools.filter((tool) => tool._meta)) {
      expect(tool._meta?.['openai/outputTemplate']).toBe(linked[tool.name]);
      expect(uris.has(linked[tool.name] as string)).toBe(true);
    }
  });

  it('keeps a text answer beside the structured one for hosts that show no views', async () => {
    const result = await client.callTool({ name: 'getOverview', arguments: {} });
    const content = result.content as { type: string; text: string }[];
    expect(content[0]?.type).toBe('text');
    expect(content[0]?.text.length).toBeGreaterThan(10);
    expect(result.structuredContent).toHaveProperty('today');
  });
});
