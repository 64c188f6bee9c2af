import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/db.ts';
import { serverDbUrl } from '../support/db-template.ts';

const run = promisify(execFile);
const TEND = new URL('../../scripts/tend.js', import.meta.url).pathname;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('tend serve --workers', () => {
  it('is refused on the embedded database, which is one process by design', async () => {
    const refused = await run(process.execPath, [TEND, 'serve', '--workers', '2'], {
      env: { ...process.env, DATABASE_URL: '', PORT: String(await freePort()) },
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in refused && refused.code).toBe(2);
    expect(String(refused.stderr)).toContain('--workers needs PostgreSQL (DATABASE_URL)');
  }, 60_000);

  it('refuses a count that is not a whole number from 1 to 64', async () => {
    const refused = await run(process.execPath, [TEND, 'serve', '--workers', 'many'], {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in refused && refused.code).toBe(2);
    expect(String(refused.stderr)).toContain('--workers takes a whole number from 1 to 64.');
  }, 60_000);
});

describe.skipIf(!process.env.DATABASE_URL)('tend serve --workers 2 on PostgreSQL', () => {
  let testDb: TestDb | undefined;
  let primary: ChildProcess | undefined;

  afterAll(async () => {
    if (primary && primary.exitCode === null) primary.kill('SIGKILL');
    await testDb?.destroy();
  });

  it('serves from two workers on one port, replaces a dead one, and stops on SIGTERM', async () => {
    testDb = await createTestDb();
    const database = (testDb.db.client.config.connection as { database: string }).database;
    const port = await freePort();
    let output = '';
    const started = spawn(process.execPath, [TEND, 'serve', '--workers', '2'], {
      env: {
        ...process.env,
        DATABASE_URL: serverDbUrl(process.env.DATABASE_URL as string, database),
        PORT: String(port),
        LOG_LEVEL: 'info',
        NODE_ENV: 'development',
      },
    });
    primary = started;
    started.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    started.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    const workers = () =>
      [...output.matchAll(/"pid":(\d+)[^\n]*"msg":"worker listening"/g)].map((m) => Number(m[1]));
    await expect.poll(() => new Set(workers()).size, { timeout: 60_000 }).toBe(2);
    expect(output).toContain('with 2 worker processes');
    expect(workers()).not.toContain(started.pid);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);

    const [dead, other] = workers() as [number, number];
    process.kill(dead, 'SIGKILL');
    await expect.poll(() => workers().length, { timeout: 20_000 }).toBe(3);
    const replacement = workers()[2] as number;
    expect([dead, other]).not.toContain(replacement);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => started.once('exit', resolve));
    started.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(alive(other)).toBe(false);
    expect(alive(replacement)).toBe(false);
  }, 120_000);
});
