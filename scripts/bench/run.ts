// `npm run bench`: Tend's GET /v1/tasks beside a bare node:http + pg server and two
// spec-first peers (fastify + fastify-openapi-glue, express + express-openapi-validator),
// all running the same query and serializer on the same database; `tools/call listTasks`
// through /mcp beside GET /v1/tasks on one Tend process (mcp.ts); POST /v1/tasks on Tend
// beside a bare insert (write.ts); the chat's first streamed text through Tend beside the
// model asked directly (chat.ts); and the time from `tend serve` to ready (startup.ts).
// The figures are checked against docs/design.md §7's targets (targets.ts).
// BENCH_PARTS=read,mcp,write,chat,startup (or `-- --only=read,write`) runs only those parts.
// `npm run bench -- --scale`: the assistant's operations as one user's log grows
// (scripts/bench/scale.ts).
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { runChatFirstByte } from './chat.ts';
import {
  BENCH_TIMEZONE,
  type BenchDatabase,
  createBenchDatabase,
  openBenchDatabase,
} from './database.ts';
import { stopLoad } from './load.ts';
import { runMcpVsRest } from './mcp.ts';
import { measureRounds, type RunPlan } from './measure.ts';
import { formatTable, summarize } from './report.ts';
import { cleanUpScaleBench, runScaleBench } from './scale.ts';
import { generateTasks, seedTasks } from './seed.ts';
import { killAllServers, type RunningServer, SERVER_KINDS, startServer } from './servers.ts';
import { killStartingServer, measureStartup } from './startup.ts';
import { formatTargets, type Measured } from './targets.ts';
import { verifySameBody } from './verify.ts';
import { runWriteBench } from './write.ts';

const ADMIN_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ROUNDS = positiveInteger('BENCH_ROUNDS', 3);
const DURATION_S = positiveInteger('BENCH_DURATION', 10);
const WARMUP_S = 3;
const CONNECTIONS = 10;
const TASKS = 10_000;
const STARTS = 5;
const PATH = '/v1/tasks?limit=20';
// Set to a directory to have each Tend child write a V8 CPU profile there.
const PROFILE_DIR = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;
const PARTS = ['read', 'mcp', 'write', 'chat', 'startup'] as const;
type Part = (typeof PARTS)[number];

let bench: BenchDatabase | undefined;
let interrupted = false;
const SCALE = process.argv.includes('--scale');
const RUN = chosenParts();

function positiveInteger(name: string, fallback: number): number {
  const value = process.env[name];
  if (!value) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
}

function chosenParts(): ReadonlySet<Part> {
  const flag = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const list = flag ?? process.env.BENCH_PARTS;
  if (!list) return new Set(PARTS);
  const names = list.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`unknown bench part ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}`);
  }
  return new Set(names as Part[]);
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function seed(db: BenchDatabase): Promise<void> {
  const started = Date.now();
  const rows = generateTasks(db.userId, TASKS, BENCH_TIMEZONE, new Date());
  const conn = await openBenchDatabase(db);
  try {
    await seedTasks(conn, rows);
  } finally {
    await conn.destroy();
  }
  const open = rows.filter((r) => r.status === 'open').length;
  const dated = rows.filter((r) => r.due_at).length;
  const dateOnly = rows.filter((r) => r.due_date_only).length;
  say(
    `  seeded ${rows.length} tasks in ${Date.now() - started} ms: ${open} open, ` +
      `${rows.length - open} done, ${dated} with a due date (${dateOnly} date-only)`,
  );
}

/** Every peer must answer the measured request with Tend's bytes, or the run stops. */
async function verifyPeers(db: BenchDatabase, headers: Record<string, string>): Promise<void> {
  say('verifying every server answers with the same bytes as Tend…');
  const servers = await Promise.all(SERVER_KINDS.map((kind) => startServer(kind, db.url)));
  try {
    const [tend, ...others] = servers as [RunningServer, ...RunningServer[]];
    for (const other of others) {
      const { bytes, items } = await verifySameBody(tend, other, PATH, headers);
      say(`  ${other.kind}: identical, ${items} items, ${bytes} bytes`);
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

async function readBench(db: BenchDatabase): Promise<Measured['read']> {
  const headers = { authorization: `Bearer ${db.apiKey}` };
  await verifyPeers(db, headers);
  const plan: RunPlan = {
    databaseUrl: db.url,
    path: PATH,
    warmupSeconds: WARMUP_S,
    durationSeconds: DURATION_S,
    load: { headers, connections: CONNECTIONS },
    nodeFlags: (kind) =>
      kind === 'tend' && PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [],
  };
  const runs = await measureRounds(SERVER_KINDS, plan, ROUNDS);
  return new Map([...runs].map(([kind, list]) => [kind, summarize(list)]));
}

async function main(): Promise<void> {
  say(`Tend bench: ${[...RUN].join(', ')}; ${TASKS} seeded tasks, ${CONNECTIONS} connections`);
  say(
    `  ${ROUNDS} interleaved rounds, each server a fresh process per round: ${WARMUP_S} s ` +
      `warm-up (discarded) + ${DURATION_S} s; node ${process.version}, ` +
      `${availableParallelism()} cores`,
  );
  say('  Tend runs with validateResponses: false (response validation is a dev/test feature)');
  say('  and log level silent; every server uses a pool of 10 connections and caches the');
  say('  hashed API key after its first lookup.');

  bench = await createBenchDatabase(ADMIN_URL, ['tasks:read', 'tasks:write']);
  say(`database ${bench.name}: created and migrated`);
  // Start-up alone needs only a migrated database.
  if (RUN.has('read') || RUN.has('mcp') || RUN.has('write')) await seed(bench);
  const measured: Measured = {};
  const options = {
    rounds: ROUNDS,
    durationSeconds: DURATION_S,
    warmupSeconds: WARMUP_S,
    connections: CONNECTIONS,
  };

  if (RUN.has('read')) {
    say('');
    say(`GET ${PATH}: Tend, bare and the spec-first peers`);
    measured.read = await readBench(bench);
  }
  if (RUN.has('mcp')) {
    say('');
    say(`MCP beside REST: ${ROUNDS} interleaved rounds on one Tend process`);
    await runMcpVsRest(bench, options, say);
  }
  // After the reads: the tasks it adds are undated and sort after the page they measure.
  if (RUN.has('write')) {
    say('');
    say('POST /v1/tasks (createTask, a unique title per request): Tend and a bare insert');
    measured.write = await runWriteBench(bench, options, say);
  }
  if (RUN.has('chat')) {
    say('');
    say('chat: time to the first streamed text, through Tend and asked of the model directly');
    measured.chat = await runChatFirstByte(ADMIN_URL, say);
  }
  if (RUN.has('startup')) {
    say('');
    say(`start to ready: node scripts/tend.js serve until /readyz answers 200 (${STARTS} starts)`);
    measured.startup = await measureStartup(bench.url, STARTS, say);
  }

  say('');
  if (measured.read || measured.write) {
    say('medians of the rounds; peak MiB is the highest VmHWM at the end of a measured run');
    say(
      formatTable([
        ...(measured.read ? [[`GET ${PATH}`, measured.read] as const] : []),
        ...(measured.write ? [['POST /v1/tasks', measured.write] as const] : []),
      ]),
    );
  }
  if (measured.startup) {
    say(
      `start to ready (median of ${STARTS}): embedded PGlite ${measured.startup.pgliteMs.toFixed(0)} ms, ` +
        `PostgreSQL ${measured.startup.postgresMs.toFixed(0)} ms`,
    );
  }
  say('');
  say('targets (docs/design.md §7):');
  say(formatTargets(measured));
  if (PROFILE_DIR) say(`\nCPU profiles of the Tend children are in ${PROFILE_DIR}`);
}

async function cleanUp(): Promise<void> {
  if (SCALE) return cleanUpScaleBench();
  killAllServers();
  killStartingServer();
  if (bench) {
    await bench.drop();
    say(`database ${bench.name}: dropped`);
  }
}

process.on('SIGINT', () => {
  if (interrupted) return;
  interrupted = true;
  say('\ninterrupted; stopping servers and dropping the database…');
  stopLoad();
  cleanUp()
    .catch((error: unknown) => say(`clean-up failed: ${String(error)}`))
    .finally(() => process.exit(130));
});

try {
  await (SCALE ? runScaleBench() : main());
} catch (error) {
  if (!interrupted) {
    process.stderr.write(
      `\nbench FAILED: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
} finally {
  if (!interrupted) {
    await cleanUp().catch((error: unknown) => {
      process.stderr.write(`clean-up FAILED: ${String(error)}\n`);
      process.exitCode = 1;
    });
  }
}
