import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/pg-cluster.ts';

const TEND = new URL('../../scripts/tend.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'tend-stop-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// An orchestrator stops a server as soon as it is ready as often as later: the job queue,
// housekeeping and the admin socket are still starting then.
describe('a server stopped the moment it is ready', () => {
  it('shuts down gracefully and exits 0', async () => {
    const port = await freePort();
    const server = spawn(process.execPath, [TEND, 'serve'], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        PORT: String(port),
        LOG_LEVEL: 'info',
      },
    });
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
    });
    server.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      server.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`server exited:\n${output}`);
      if (Date.now() > deadline) throw new Error(`never ready:\n${output}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    server.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(output).toContain('"msg":"stopped"');
  }, 90_000);
});
