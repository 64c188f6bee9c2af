// `npm run bench -- --scale`: latency of the assistant's reads (and a write) as one
// user's log grows from 1,000 to 100,000 records, through the real HTTP app on PostgreSQL.
import { availableParallelism } from 'node:os';
import {
  BENCH_TIMEZONE,
  type BenchDatabase,
  createBenchDatabase,
  openBenchDatabase,
} from './database.ts';
import { type BenchRequest, type Latency, summarizeLatency, timeRequest } from './latency.ts';
import { generateTasks, seedTasks } from './seed.ts';
import { seedRecords } from './seed-records.ts';
import { killAllServers, startServer } from './servers.ts';

const ADMIN_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.BENCH_SCALE_SIZES || '1000,100000').split(',').map(Number);
const ITERATIONS = positiveInteger('BENCH_SCALE_ITERATIONS', 200);
const WARMUP = Math.max(5, Math.floor(ITERATIONS / 10));
/** Tasks per record: 100,000 records come with 10,000 tasks. */
const TASKS_PER_RECORD = 0.1;
/** docs/design.md §7 and the issue: p95 under 50 ms, and p95 at the largest size / smallest < 3. */
export const P95_BUDGET_MS = 50;
export const GROWTH_BUDGET = 3;

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

type Operation = {
  name: string;
  status: number;
  /** The i-th request; operations that read vary their input so no one answer is cached. */
  request(i: number, subjects: string[]): BenchRequest;
};

// Searches mix a rare word, a common one stemmed, a phrase, an exclusion and a typo
// (which costs the full-text query and then the trigram one).
const SEARCHES = [
  'rabies',
  'vaccinations',
  '"flea and tick"',
  'limping -vet',
  'vacination',
  'window perch',
];

const OPERATIONS: Operation[] = [
  {
    name: 'search',
    status: 200,
    request: (i) => ({
      method: 'GET',
      path: `/v1/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length] as string)}`,
    }),
  },
  { name: 'getOverview', status: 200, request: () => ({ method: 'GET', path: '/v1/overview' }) },
  {
    name: 'getTrend',
    status: 200,
    request: (i, s) => ({
      method: 'GET',
      path: `/v1/trends?subject_id=${s[2 + (i % 6)]}&metric=weight`,
    }),
  },
  {
    name: 'getReport',
    status: 200,
    request: () => ({ method: 'GET', path: '/v1/reports?period=last_30_days' }),
  },
  {
    name: 'createRecord',
    status: 201,
    request: (i, s) => ({
      method: 'POST',
      path: '/v1/records',
      body: {
        subject_id: s[2 + (i % 6)],
        type: 'weight',
        value_text: `${5 + (i % 97) / 100} kg`,
        confirm_duplicate: true,
      },
    }),
  },
  {
    name: 'listRecords',
    status: 200,
    request: (i, s) => ({
      method: 'GET',
      path: `/v1/records?subject_id=${s[i % s.length]}&limit=20`,
    }),
  },
  {
    name: 'findSubjects',
    status: 200,
    request: (i) => ({
      method: 'POST',
      path: '/v1/subjects/find',
      body: { name: ['Luna', 'max', 'Belal', 'Oscar'][i % 4] },
    }),
  },
];

let bench: BenchDatabase | undefined;

async function seed(db: BenchDatabase, records: number): Promise<string[]> {
  const started = Date.now();
  const now = new Date();
  const conn = await openBenchDatabase(db);
  try {
    const subjects = await seedRecords(conn, db.userId, records, BENCH_TIMEZONE, now);
    const tasks = Math.round(records * TASKS_PER_RECORD);
    await seedTasks(conn, generateTasks(db.userId, tasks, BENCH_TIMEZONE, now));
    say(
      `  seeded ${records} records, ${tasks} tasks, ${subjects.length} subjects in ${Date.now() - started} ms`,
    );
    return subjects;
  } finally {
    await conn.destroy();
  }
}

async function measureSize(records: number): Promise<Map<string, Latency>> {
  bench = await createBenchDatabase(ADMIN_URL, [
    'tasks:read',
    'tasks:write',
    'records:read',
    'records:write',
  ]);
  say(`size ${records}: database ${bench.name}`);
  const results = new Map<string, Latency>();
  try {
    const subjects = await seed(bench, records);
    const server = await startServer('tend', bench.url);
    try {
      const headers = { authorization: `Bearer ${bench.apiKey}` };
      for (const op of OPERATIONS) {
        for (let i = 0; i < WARMUP; i++)
          await timeRequest(server.url, headers, op.request(i, subjects), op.status);
        const samples: number[] = [];
        for (let i = 0; i < ITERATIONS; i++) {
          samples.push(
            await timeRequest(server.url, headers, op.request(WARMUP + i, subjects), op.status),
          );
        }
        const latency = summarizeLatency(samples);
        results.set(op.name, latency);
        say(
          `  ${op.name.padEnd(14)} p50 ${latency.p50.toFixed(2).padStart(7)} ms   p95 ${latency.p95.toFixed(2).padStart(7)} ms`,
        );
      }
    } finally {
      await server.stop();
    }
  } finally {
    await bench.drop();
    bench = undefined;
  }
  return results;
}

function formatScaleReport(sizes: number[], results: Map<string, Latency>[]): string {
  const smallest = results[0] as Map<string, Latency>;
  const largest = results.at(-1) as Map<string, Latency>;
  const head =
    'operation'.padEnd(16) +
    sizes.map((size) => `${`p50@${size}`.padStart(13)}${`p95@${size}`.padStart(13)}`).join('') +
    '   p95 ratio   budget';
  const lines = [head];
  let pass = true;
  for (const op of OPERATIONS) {
    const ratio =
      (largest.get(op.name)?.p95 ?? Number.NaN) / (smallest.get(op.name)?.p95 ?? Number.NaN);
    const worst = Math.max(...results.map((r) => r.get(op.name)?.p95 ?? Number.NaN));
    const ok = worst < P95_BUDGET_MS && (sizes.length < 2 || ratio < GROWTH_BUDGET);
    pass &&= ok;
    lines.push(
      op.name.padEnd(16) +
        results
          .map(
            (r) =>
              `${r.get(op.name)?.p50.toFixed(2).padStart(13)}${r.get(op.name)?.p95.toFixed(2).padStart(13)}`,
          )
          .join('') +
        `${ratio.toFixed(2).padStart(12)}   ${ok ? 'pass' : 'FAIL'}`,
    );
  }
  lines.push(
    '',
    `budget: every p95 < ${P95_BUDGET_MS} ms and p95 ratio < ${GROWTH_BUDGET} → ${pass ? 'pass' : 'FAIL'}`,
  );
  return lines.join('\n');
}

export async function runScaleBench(): Promise<void> {
  say(
    `Tend at-scale bench: one user, ${SIZES.join(' then ')} records (+${TASKS_PER_RECORD * 100}% as many tasks)`,
  );
  say(
    `  ${ITERATIONS} sequential requests per operation after ${WARMUP} discarded; ` +
      `node ${process.version}, ${availableParallelism()} cores; PostgreSQL at ${new URL(ADMIN_URL).host}`,
  );
  const results: Map<string, Latency>[] = [];
  for (const size of SIZES) results.push(await measureSize(size));
  say('');
  say(formatScaleReport(SIZES, results));
}

export async function cleanUpScaleBench(): Promise<void> {
  killAllServers();
  if (bench) await bench.drop();
}
