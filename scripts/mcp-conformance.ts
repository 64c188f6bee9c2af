// Runs the official MCP conformance suite (@modelcontextprotocol/conformance) against Tend:
// Tend on a fresh embedded PGlite database in a temporary DATA_DIR, a user with an API key,
// and a small proxy in front of /mcp that adds the bearer token (the suite cannot add
// headers). Exits non-zero when a scenario that applies to what Tend declares fails.
//
//   npx tsx scripts/mcp-conformance.ts --node <node ≥ 22> --conformance <its dist/index.js>
//
// The scenarios left out, and why, are listed in the README ("MCP conformance").
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createUser } from '../src/accounts/users.ts';
import { buildApp } from '../src/app/build-app.ts';
import { createApiKey } from '../src/auth/api-keys.ts';
import { connectDb } from '../src/db/connect.ts';
import { migrateLatest } from '../src/db/migrate.ts';
import { createLogger } from '../src/http/logger.ts';

/** What Tend declares: tools and the views' resources (no list changes), no prompts, logging or completion. */
const APPLICABLE = [
  'server-initialize',
  'ping',
  'tools-list',
  'dns-rebinding-protection',
  'resources-list',
];

const { values } = parseArgs({
  options: { node: { type: 'string' }, conformance: { type: 'string' } },
});
if (!values.node || !values.conformance) {
  console.error('usage: mcp-conformance.ts --node <node ≥ 22> --conformance <dist/index.js>');
  process.exit(2);
}

const dataDir = mkdtempSync(join(tmpdir(), 'tend-conformance-'));
const db = await connectDb({ dataDir: join(dataDir, 'db') });
await migrateLatest(db);
const now = new Date();
const user = await createUser(db, {
  email: 'conformance@example.com',
  displayName: 'Conformance',
  timezone: 'UTC',
  now,
});
const { key } = await createApiKey(db, {
  userId: user.id,
  name: 'conformance',
  scopes: ['tasks:read', 'tasks:write', 'records:read', 'records:write'],
  now,
});

const listenOn = (server: ReturnType<typeof createServer>) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

// The proxy listens first: its address is Tend's PUBLIC_URL, so the suite's requests carry
// Tend's own origin, as a browser on Tend's pages would.
const proxy = createServer();
const proxyPort = await listenOn(proxy);
const tend = createServer();
const { app } = await buildApp({
  config: { publicUrl: `http://127.0.0.1:${proxyPort}`, validateResponses: true },
  db,
  log: createLogger('silent'),
});
tend.on('request', app);
const tendPort = await listenOn(tend);
proxy.on('request', (req, res) => {
  const upstream = request(
    {
      host: '127.0.0.1',
      port: tendPort,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, authorization: `Bearer ${key}` },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
});

const run = (scenario: string) =>
  new Promise<number>((resolve) => {
    const child = spawn(
      values.node as string,
      [
        values.conformance as string,
        'server',
        '--url',
        `http://127.0.0.1:${proxyPort}/mcp`,
        '--scenario',
        scenario,
        '--output-dir',
        join(dataDir, 'results'),
      ],
      { stdio: 'inherit' },
    );
    child.on('exit', (code) => resolve(code ?? 1));
  });

const failed: string[] = [];
for (const scenario of APPLICABLE) {
  console.log(`\n--- ${scenario}`);
  if ((await run(scenario)) !== 0) failed.push(scenario);
}
await new Promise((resolve) => proxy.close(resolve));
await new Promise((resolve) => tend.close(resolve));
await db.destroy();
rmSync(dataDir, { recursive: true, force: true });
console.log(
  failed.length === 0
    ? `\nMCP conformance: all ${APPLICABLE.length} applicable scenarios passed`
    : `\nMCP conformance: failed ${failed.join(', ')}`,
);
process.exit(failed.length === 0 ? 0 : 1);
