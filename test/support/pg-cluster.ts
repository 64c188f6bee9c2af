import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL cluster of the test's own: initdb into a temporary directory, its own port
 * on 127.0.0.1, started, restarted and stopped by the test, removed afterwards. Faults
 * (restarts, SIGSTOP) are done to it and never to the machine's shared server.
 */
export interface PgCluster {
  port: number;
  /** Connection string of the `postgres` database, as the superuser `postgres`. */
  url: string;
  /** `pg_ctl restart -m fast|immediate`, waiting until it accepts connections again. */
  restart(mode: 'fast' | 'immediate'): Promise<void>;
  /** Sends a signal to the postmaster and every backend and helper process it started. */
  signalAll(signal: 'SIGSTOP' | 'SIGCONT'): Promise<number>;
  /** Stops the cluster (if running) and deletes its directory. */
  remove(): Promise<void>;
}

/** Why no cluster can be started here, or undefined when one can. */
export function clusterUnavailable(): string | undefined {
  if (!existsSync(join(BIN, 'initdb'))) return `no PostgreSQL binaries in ${BIN}`;
  return undefined;
}

/**
 * initdb and postgres refuse to run as root: as root they run as the `postgres` OS user
 * (through runuser), otherwise as the current user.
 */
async function asOwner(command: string, args: string[]): Promise<{ stdout: string }> {
  const bin = join(BIN, command);
  if (process.getuid?.() === 0) {
    return run('runuser', ['-u', 'postgres', '--', bin, ...args], { timeout: 60_000 });
  }
  return run(bin, args, { timeout: 60_000 });
}

export async function startCluster(): Promise<PgCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'tend-pg-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const port = await freePort();
  let running = false;
  const ctl = (...args: string[]) =>
    asOwner('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', ...args]);
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${dir}'`,
    // Speed only: the faults here kill processes, never the machine, so the page cache
    // holds what was written and crash recovery replays it.
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c max_connections=60',
  ].join(' ');
  try {
    await asOwner('initdb', [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
    await ctl('-o', options, 'start');
    running = true;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const cluster: PgCluster = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async restart(mode) {
      await ctl('-m', mode, '-o', options, 'restart');
    },
    async signalAll(signal) {
      const pids = await clusterPids(data);
      for (const pid of pids) {
        try {
          process.kill(pid, signal);
        } catch {
          // A backend that exited meanwhile.
        }
      }
      return pids.length;
    },
    async remove() {
      if (running) {
        running = false;
        // A stopped cluster cannot shut down: wake it first.
        await cluster.signalAll('SIGCONT').catch(() => 0);
        await ctl('-m', 'immediate', 'stop').catch(() => undefined);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}

/** The postmaster (first line of postmaster.pid) and all its children, from /proc. */
async function clusterPids(data: string): Promise<number[]> {
  const postmaster = Number((await readFile(join(data, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const pids = [postmaster];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may hold spaces, so split after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) pids.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
