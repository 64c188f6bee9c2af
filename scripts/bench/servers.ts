// The parent side: start a bench server as a child process and stop it again.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundled } from '../lib/bundle.js';
import { SERVER_NODE_FLAGS } from '../lib/server-node-flags.js';
import type { ReadyMessage } from './child-process.ts';

/** Tend, the bare baseline, and the spec-first peers (docs/design.md §7). */
export const SERVER_KINDS = ['tend', 'bare', 'fastify-glue', 'express-oav'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export interface RunningServer {
  kind: ServerKind;
  url: string;
  /** The child's process id, for its CPU time in /proc. */
  pid: number;
  stop(): Promise<void>;
}

// Each runs bundled by esbuild, as `npm start` runs Tend (scripts/lib/bundle.js): no
// loader in any of them, so their memory and start-up compare like for like.
const ENTRY: Record<ServerKind, string> = {
  tend: 'scripts/bench/tend-server.ts',
  bare: 'scripts/bench/bare-server.ts',
  'fastify-glue': 'scripts/bench/fastify-glue-server.ts',
  'express-oav': 'scripts/bench/express-validator-server.ts',
};
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Generous: four servers starting at once on a loaded two-core machine take a while.
const START_TIMEOUT_MS = 120_000;

/** Children still running, so a failure or Ctrl-C in the parent can stop them all. */
const running = new Set<ChildProcess>();

export async function startServer(
  kind: ServerKind,
  databaseUrl: string,
  extraNodeFlags: string[] = [],
): Promise<RunningServer> {
  const child = fork(await bundled(ENTRY[kind]), {
    cwd: PROJECT_ROOT,
    // Tend runs with the flags `npm start` gives it; the others with Node's defaults.
    execArgv: [
      '--enable-source-maps',
      ...(kind === 'tend' ? SERVER_NODE_FLAGS : []),
      ...extraNodeFlags,
    ],
    env: { ...process.env, BENCH_CHILD_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  exited.then(() => running.delete(child));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`${kind} server did not start in time`)),
      START_TIMEOUT_MS,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onEarlyExit = (code: number | null, signal: string | null) =>
      fail(new Error(`${kind} server exited during start (code ${code}, signal ${signal})`));
    child.once('exit', onEarlyExit);
    child.once('message', (message) => {
      const ready = message as ReadyMessage;
      if (!ready.ready) return fail(new Error(`${kind} server sent ${JSON.stringify(message)}`));
      clearTimeout(timer);
      child.off('exit', onEarlyExit);
      resolve({
        kind,
        url: `http://127.0.0.1:${ready.port}`,
        pid: child.pid as number,
        stop: async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.send('stop');
          // A child that does not stop within 10 s is killed; the bench must not hang.
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(killer);
        },
      });
    });
  });
}

/** Kills every child still running; used when the bench fails or is interrupted. */
export function killAllServers(): void {
  for (const child of running) child.kill('SIGKILL');
}
