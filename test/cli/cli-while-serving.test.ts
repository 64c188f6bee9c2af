import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TEND = new URL('../../scripts/tend.js', import.meta.url).pathname;

let server: ChildProcess;
let port: number;
let output = '';
const dataDir = mkdtempSync(join(tmpdir(), 'tend-cli-'));
// The CLI and a running server sharing the embedded database is what is under test.
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'development',
};

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function tend(...args: string[]) {
  return run(process.execPath, [TEND, ...args], { env: { ...env, PORT: String(port) } });
}

beforeAll(async () => {
  port = await freePort();
  server = spawn(process.execPath, [TEND, 'serve'], { env: { ...env, PORT: String(port) } });
  server.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('Tend is running')) resolve();
      else if (server.exitCode !== null) reject(new Error(`server exited:\n${output}`));
      else return;
      clearInterval(check);
    }, 100);
  });
}, 90_000);

afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

describe('the tend CLI while the server runs on the embedded database', () => {
  it('prints where to point ChatGPT and how to create a user and key', () => {
    expect(output).toContain(`http://localhost:${port}/actions/openapi.yaml`);
    expect(output).toContain(`http://localhost:${port}/docs`);
    expect(output).toContain('npx tend user create --email');
    expect(output).toContain('npx tend key create --email');
  });

  it('creates a user and a key through the server, and the key works over HTTP', async () => {
    const user = JSON.parse(
      (
        await tend(
          'user',
          'create',
          '--email',
          'Sam@Example.com',
          '--name',
          'Sam',
          '--timezone',
          'Europe/Berlin',
        )
      ).stdout,
    );
    expect(user).toMatchObject({
      id: expect.any(String),
      email: 'Sam@Example.com',
      timezone: 'Europe/Berlin',
    });
    const key = JSON.parse(
      (
        await tend(
          'key',
          'create',
          '--email',
          'sam@example.com',
          '--scopes',
          'tasks:read tasks:write',
        )
      ).stdout,
    );
    expect(key.key).toMatch(/^tend_/);
    expect(key.prefix).toBe(key.key.slice(0, 13));
    expect(key.scopes).toEqual(['tasks:read', 'tasks:write']);

    const created = await fetch(`http://127.0.0.1:${port}/v1/tasks`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key.key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'From the CLI key' }),
    });
    expect(created.status).toBe(201);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
  });

  it('explains a mistake on stderr with exit code 2', async () => {
    const failure = await tend('key', 'create', '--email', 'nobody@example.com').catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('no user with the email nobody@example.com');
    const badScope = await tend(
      'key',
      'create',
      '--email',
      'sam@example.com',
      '--scopes',
      'everything',
    ).catch((e) => e);
    expect(badScope.code).toBe(2);
    expect(badScope.stderr).toContain('unknown scope everything');
  });

  it('refuses a second server on the same data directory with a clear message', async () => {
    const second = await run(process.execPath, [TEND, 'serve'], {
      env: { ...env, PORT: String(await freePort()) },
    }).catch((e) => e);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/already running on .* \(process \d+\)/);
  });
});

describe('tend migrate', () => {
  it('applies, rolls back and reapplies the migrations of a fresh data directory', async () => {
    const fresh = { ...env, DATA_DIR: mkdtempSync(join(tmpdir(), 'tend-migrate-')) };
    const migrate = (command: string) =>
      run(process.execPath, [TEND, command], { env: fresh }).then((r) => JSON.parse(r.stdout));
    expect((await migrate('migrate')).applied).toContain('0001-users-keys-tasks');
    expect((await migrate('migrate:rollback')).reverted).toContain('0001-users-keys-tasks');
    expect((await migrate('migrate')).applied).toContain('0001-users-keys-tasks');
  }, 90_000);
});
