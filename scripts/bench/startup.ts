// Start-up time: `node scripts/tend.js serve` spawned as `npm start` runs it, timed from
// the spawn to the first 200 from /readyz; on the embedded database (a fresh data
// directory, so the time includes creating and migrating it) and on PostgreSQL.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../lib/server-node-flags.js';
import { median } from './report.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Each start's new data directory is made inside the project, as `npm start` makes data/,
// rather than in the system's temporary directory: on a disk that has made and removed
// many files there (a test suite's), each new file in it has cost four times as much, and
// a first start makes hundreds.
const DATA_DIRS = join(PROJECT_ROOT, 'node_modules', '.cache', 'tend-bench');
// Generous: on a loaded two-core machine a start has taken over 25 s.
const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 10;

/** The start in progress, so a failure or Ctrl-C in the parent can stop it. */
let current: ChildProcess | undefined;

export function killStartingServer(): void {
  current?.kill('SIGKILL');
}

/** A port free right now: listen on 0, note it, close. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function pollReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tend serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`${url} was not ready within ${READY_TIMEOUT_MS} ms`);
}

/** One start: ms from spawn to ready; the server is stopped (SIGTERM) before returning. */
async function timeOneStart(databaseUrl: string | undefined): Promise<number> {
  mkdirSync(DATA_DIRS, { recursive: true });
  const dataDir = mkdtempSync(join(DATA_DIRS, 'start-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/tend.js', 'serve'], {
    cwd: PROJECT_ROOT,
    // Empty means unset to Tend's config: the embedded database in DATA_DIR.
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  current = child;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await pollReady(`http://127.0.0.1:${port}/readyz`, child);
    return performance.now() - started;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  } finally {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
    current = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface StartupTimes {
  pgliteMs: number;
  postgresMs: number;
}

export async function measureStartup(
  postgresUrl: string,
  starts: number,
  say: (line: string) => void,
): Promise<StartupTimes> {
  const time = async (name: string, url: string | undefined) => {
    // One start first, not counted: it makes what every later start reuses, as a first
    // `npm start` after installing does (the bundle, the migrated template, the compiled
    // code), and takes seconds more.
    const first = await timeOneStart(url);
    const times: number[] = [];
    for (let i = 0; i < starts; i++) times.push(await timeOneStart(url));
    say(
      `  ${name.padEnd(30)} ${times.map((t) => t.toFixed(0)).join(', ')} ms (first start, not counted: ${first.toFixed(0)} ms)`,
    );
    return median(times);
  };
  return {
    pgliteMs: await time('embedded PGlite, new data dir', undefined),
    postgresMs: await time('PostgreSQL (DATABASE_URL)', postgresUrl),
  };
}
