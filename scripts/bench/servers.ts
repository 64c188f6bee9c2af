// The parent side: start a bench server as a child process and stop it again.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

const ENTRY: Record<ServerKind, string> = {
  tend: fileURLToPath(new URL('./tend-server.ts', import.meta.url)),
  bare: fileURLToPath(new URL('./bare-server.ts', import.meta.url)),
  'fastify-glue': fileURLToPath(new URL('./fastify-glue-server.ts', import.meta.url)),
  'express-oav': fileURLToPath(new URL('./express-validator-server.ts', import.meta.url)),
};
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Generous: four servers starting at once on a loaded two-core machine take a while.
const START_TIMEOUT_MS = 120_000;

/** Children still running, so a failure or Ctrl-C in the parent can stop them all. */
const running = new Set<ChildProcess>();

export function startServer(
  kind: ServerKind,
  databaseUrl: string,
  extraNodeFlags: string[] = [],
): Promise<RunningServer> {
  const child = fork(ENTRY[kind], {
    cwd: PROJECT_ROOT,
    // tsx as a loader (resolved from the project root), not the tsx CLI, so the child is
    // one plain node process that the parent can signal and profile directly.
    execArgv: ['--import', 'tsx', ...extraNodeFlags],
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
