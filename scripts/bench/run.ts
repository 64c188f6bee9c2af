// `npm run bench`: Tend's GET /v1/tasks against a bare node:http + pg server running the
// same query and serializer on the same database (docs/design.md §7). See scripts/bench/*.
// In the same run, `tools/call listTasks` through /mcp beside GET /v1/tasks on one Tend
// process (scripts/bench/mcp.ts).
// `npm run bench -- --scale`: the assistant's operations as one user's log grows
// (scripts/bench/scale.ts).
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import {
  BENCH_TIMEZONE,
  type BenchDatabase,
  createBenchDatabase,
  openBenchDatabase,
} from './database.ts';
import { type LoadResult, runLoad, stopLoad } from './load.ts';
import { runMcpVsRest } from './mcp.ts';
import { formatReport } from './report.ts';
import { cleanUpScaleBench, runScaleBench } from './scale.ts';
import { generateTasks, seedTasks } from './seed.ts';
import { killAllServers, type ServerKind, startServer } from './servers.ts';
import { verifySameBody } from './verify.ts';

const ADMIN_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ROUNDS = positiveInteger('BENCH_ROUNDS', 3);
const DURATION_S = positiveInteger('BENCH_DURATION', 10);
const WARMUP_S = 3;
const CONNECTIONS = 10;
const TASKS = 10_000;
const PATH = '/v1/tasks?limit=20';
// Set to a directory to have each Tend child write a V8 CPU profile there.
const PROFILE_DIR = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;

let bench: BenchDatabase | undefined;
let interrupted = false;
const SCALE = process.argv.includes('--scale');

function positiveInteger(name: string, fallback: number): number {
  const value = process.env[name];
  if (!value) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
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

/** One fresh server process: a discarded warm-up run, then the measured run. */
async function measure(kind: ServerKind, db: BenchDatabase, label: string): Promise<LoadResult> {
  process.stdout.write(`${label} ${kind.padEnd(4)}: starting…`);
  const flags =
    kind === 'tend' && PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const server = await startServer(kind, db.url, flags);
  try {
    const load = {
      url: server.url + PATH,
      // Both get the key: Tend requires it, the bare server checks it the cheap way.
      headers: { authorization: `Bearer ${db.apiKey}` },
      connections: CONNECTIONS,
    };
    process.stdout.write(` warm-up ${WARMUP_S} s…`);
    await runLoad({ ...load, durationSeconds: WARMUP_S });
    process.stdout.write(` measuring ${DURATION_S} s…`);
    const result = await runLoad({ ...load, durationSeconds: DURATION_S });
    say(
      ` ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms} ms, ` +
        `p99 ${result.p99Ms} ms (${result.total} requests)`,
    );
    return result;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  say(`Tend bench: GET ${PATH}, ${TASKS} seeded tasks, ${CONNECTIONS} connections`);
  say(
    `  ${ROUNDS} rounds × (Tend, bare), each ${WARMUP_S} s warm-up (discarded) + ${DURATION_S} s; ` +
      `node ${process.version}, ${availableParallelism()} cores`,
  );
  say('  Tend runs with validateResponses: false (response validation is a dev/test feature)');
  say('  and log level silent; both servers use a pool of 10 connections.');

  bench = await createBenchDatabase(ADMIN_URL);
  say(`database ${bench.name}: created and migrated; seeding…`);
  await seed(bench);

  say('verifying both servers answer with identical bodies…');
  const [tend, bare] = await Promise.all([
    startServer('tend', bench.url),
    startServer('bare', bench.url),
  ]);
  try {
    const headers = { authorization: `Bearer ${bench.apiKey}` };
    const { bytes, items } = await verifySameBody(tend, bare, PATH, headers);
    say(`  identical: ${items} items, ${bytes} bytes`);
  } finally {
    await Promise.all([tend.stop(), bare.stop()]);
  }

  const results: Record<ServerKind, LoadResult[]> = { tend: [], bare: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    // Alternating spreads slow drift (thermal, other load) over both servers evenly.
    for (const kind of ['tend', 'bare'] as const) {
      results[kind].push(await measure(kind, bench, `round ${round}/${ROUNDS}`));
    }
  }

  say('');
  say(formatReport(results.tend, results.bare));

  say('');
  say(`MCP beside REST: ${ROUNDS} interleaved rounds on one Tend process`);
  await runMcpVsRest(
    bench,
    {
      rounds: ROUNDS,
      durationSeconds: DURATION_S,
      warmupSeconds: WARMUP_S,
      connections: CONNECTIONS,
    },
    say,
  );
  if (PROFILE_DIR) say(`\nCPU profiles of the Tend children are in ${PROFILE_DIR}`);
}

async function cleanUp(): Promise<void> {
  if (SCALE) return cleanUpScaleBench();
  killAllServers();
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
