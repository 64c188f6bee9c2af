import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import knex from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/accounts/users.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { connectDb, type Db } from '../../src/db/connect.ts';
import { migrateLatest } from '../../src/db/migrate.ts';
import { freePort } from '../support/pg-cluster.ts';

const TEND = new URL('../../scripts/tend.js', import.meta.url).pathname;
// On PGlite in its pass; on PostgreSQL in the other, in a database of its own.
const serverUrl = process.env.DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'tend-shutdown-'));
const databaseName = `tend_test_${randomBytes(6).toString('hex')}`;
const KEEP_ALIVE_CLIENTS = 5;
const NEW_CONNECTION_CLIENTS = 5;

let child: ChildProcess;
let port: number;
let auth: string;
let output = '';

function databaseUrl(): string | undefined {
  if (!serverUrl) return undefined;
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

async function openDb(): Promise<Db> {
  const url = databaseUrl();
  return url ? connectDb({ databaseUrl: url, poolMax: 2 }) : connectDb({ dataDir });
}

beforeAll(async () => {
  if (serverUrl) {
    const admin = knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
    await admin.raw('create database ??', [databaseName]);
    await admin.destroy();
  }
  const db = await openDb();
  try {
    await migrateLatest(db);
    const now = new Date();
    const user = await createUser(db, {
      email: 'shutdown@example.com',
      displayName: 'Shutdown',
      timezone: 'UTC',
      now,
    });
    const { key } = await createApiKey(db, {
      userId: user.id,
      name: 'load',
      scopes: ['records:read', 'records:write'],
      now,
    });
    auth = `Bearer ${key}`;
  } finally {
    await db.destroy();
  }
  port = await freePort();
  child = spawn(process.execPath, [TEND, 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl() ?? '',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      SHUTDOWN_TIMEOUT_MS: '5000',
    },
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('Tend is running')) resolve();
      else if (child.exitCode !== null) reject(new Error(`server exited:\n${output}`));
      else return;
      clearInterval(check);
    }, 50);
  });
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  if (serverUrl) {
    const admin = knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
    await admin.raw('drop database if exists ?? with (force)', [databaseName]);
    await admin.destroy();
  }
});

type Outcome =
  | { kind: 'answered'; status: number; connection: string | undefined }
  | { kind: 'refused' }
  | { kind: 'reset'; code: string };

interface Sent {
  title: string;
  sentAt: number;
  doneAt?: number;
  outcome?: Outcome;
}

function post(title: string, agent: http.Agent | false): Promise<Outcome> {
  const body = JSON.stringify({ type: 'note', title });
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/v1/records',
        method: 'POST',
        agent,
        headers: {
          Authorization: auth,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            kind: 'answered',
            status: res.statusCode ?? 0,
            connection: res.headers.connection,
          }),
        );
        res.on('error', (error: NodeJS.ErrnoException) =>
          resolve({ kind: 'reset', code: error.code ?? error.message }),
        );
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === 'ECONNREFUSED'
          ? { kind: 'refused' }
          : { kind: 'reset', code: error.code ?? error.message },
      ),
    );
    req.end(body);
  });
}

describe('SIGTERM under load', () => {
  it('finishes every request that arrived, resets none of them, and exits within 5 s', async () => {
    const sent: Sent[] = [];
    let n = 0;
    const client = async (agent: http.Agent | false) => {
      // Each client stops once the server no longer accepts connections.
      for (;;) {
        const request: Sent = {
          title: `load ${n++}`,
          sentAt: Date.now(),
        };
        sent.push(request);
        request.outcome = await post(request.title, agent);
        request.doneAt = Date.now();
        if (request.outcome.kind === 'refused' || child.exitCode !== null) return;
        if (request.outcome.kind === 'reset' && agent === false) return;
      }
    };
    // Steady state first: the key's credentials cached, the database warm.
    for (let i = 0; i < 3; i++)
      expect(await post(`warm-up ${i}`, false)).toMatchObject({ status: 201 });
    const agents = Array.from(
      { length: KEEP_ALIVE_CLIENTS },
      () => new http.Agent({ keepAlive: true, maxSockets: 1 }),
    );
    const clients = [
      ...agents.map((agent) => client(agent)),
      ...Array.from({ length: NEW_CONNECTION_CLIENTS }, () => client(false)),
    ];
    await sleep(1500);
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      child.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    const exit = await exited;
    await Promise.all(clients);
    for (const agent of agents) agent.destroy();

    const db = await openDb();
    let storedTitles: Set<string>;
    try {
      const rows = await db('records').select('title');
      storedTitles = new Set(rows.map((r: { title: string }) => r.title));
    } finally {
      await db.destroy();
    }
    const answered = sent.filter((s) => s.outcome?.kind === 'answered');
    const acknowledged = answered.filter(
      (s) => s.outcome?.kind === 'answered' && s.outcome.status === 201,
    );
    const inFlightAtSignal = answered.filter(
      (s) => s.sentAt < signalledAt && (s.doneAt ?? 0) > signalledAt,
    );
    const resets = sent.filter((s) => s.outcome?.kind === 'reset');
    const resetAfterArrival = resets.filter((s) => storedTitles.has(s.title));
    const counts = {
      sent: sent.length,
      acknowledged: acknowledged.length,
      answered_otherwise: answered.length - acknowledged.length,
      in_flight_at_sigterm: inFlightAtSignal.length,
      answered_after_sigterm: answered.filter((s) => (s.doneAt ?? 0) > signalledAt).length,
      answered_connection_close: answered.filter(
        (s) => s.outcome?.kind === 'answered' && s.outcome.connection === 'close',
      ).length,
      refused: sent.filter((s) => s.outcome?.kind === 'refused').length,
      reset_before_arrival: resets.length - resetAfterArrival.length,
      reset_after_arrival: resetAfterArrival.length,
      acknowledged_not_stored: acknowledged.filter((s) => !storedTitles.has(s.title)).length,
      exit_code: exit.code,
      exit_ms: exit.at - signalledAt,
    };
    console.log(
      `faults: shutdown on ${serverUrl ? 'PostgreSQL' : 'PGlite'}: ${Object.entries(counts)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
    );
    expect(counts.in_flight_at_sigterm).toBeGreaterThan(0);
    expect(counts.reset_after_arrival).toBe(0);
    expect(counts.acknowledged_not_stored).toBe(0);
    expect(exit.code).toBe(0);
    expect(counts.exit_ms).toBeLessThan(5000);
    // Those answered as the server stopped were told not to reuse the connection.
    expect(counts.answered_connection_close).toBeGreaterThan(0);
  });
});
