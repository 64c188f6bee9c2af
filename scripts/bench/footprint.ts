// `npx tsx scripts/bench/footprint.ts`: what one Tend process costs beside the bare server
// under the bench's load, in the figures a shared machine keeps steady: CPU-ms per
// request, peak RSS, and the headers of one answer; then createTask's CPU-ms per request.
import { readFileSync } from 'node:fs';
import { cpuMs } from './cpu.ts';
import { createBenchDatabase, openBenchDatabase } from './database.ts';
import { runLoad } from './load.ts';
import { generateTasks, seedTasks } from './seed.ts';
import { killAllServers, type RunningServer, startServer } from './servers.ts';

const ADMIN_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_DURATION || 10);
const PATH = '/v1/tasks?limit=20';

const peakRssMiB = (pid: number) =>
  Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

async function measure(server: RunningServer, auth: string, what: () => Promise<number>) {
  const cpu = cpuMs(server.pid);
  const requests = await what();
  return {
    cpuMsPerRequest: (cpuMs(server.pid) - cpu) / requests,
    requestsPerSecond: requests / SECONDS,
    peakRssMiB: peakRssMiB(server.pid),
    auth,
  };
}

/** Ten clients creating tasks with titles of their own (a repeated one would be a double). */
let runs = 0;
async function creates(url: string, auth: string, seconds: number): Promise<number> {
  const run = runs++;
  const until = Date.now() + seconds * 1000;
  let total = 0;
  const client = async (c: number) => {
    for (let i = 0; Date.now() < until; i++) {
      const res = await fetch(`${url}/v1/tasks`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `footprint ${run}.${c}.${i}`, tags: ['bench'] }),
      });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`createTask answered ${res.status}`);
      total++;
    }
  };
  await Promise.all(Array.from({ length: 10 }, (_, c) => client(c)));
  return total;
}

const bench = await createBenchDatabase(ADMIN_URL, ['tasks:read', 'tasks:write']);
try {
  const conn = await openBenchDatabase(bench);
  await seedTasks(conn, generateTasks(bench.userId, 10_000, 'Europe/Berlin', new Date()));
  await conn.destroy();
  const auth = `Bearer ${bench.apiKey}`;
  const load = (server: RunningServer, seconds: number) => async () => {
    const { total } = await runLoad({
      url: server.url + PATH,
      headers: { authorization: auth },
      connections: 10,
      durationSeconds: seconds,
    });
    return total;
  };
  for (const kind of ['tend', 'bare'] as const) {
    const server = await startServer(kind, bench.url);
    try {
      const headers: string[] = [];
      (await fetch(server.url + PATH, { headers: { authorization: auth } })).headers.forEach(
        (_value, name) => headers.push(name),
      );
      await load(server, 3)();
      const list = await measure(server, auth, load(server, SECONDS));
      process.stdout.write(
        `${kind} GET ${PATH}: ${list.cpuMsPerRequest.toFixed(3)} CPU-ms/request, ` +
          `${list.requestsPerSecond.toFixed(0)} req/s, peak RSS ${list.peakRssMiB.toFixed(0)} MiB, ` +
          `${headers.length} headers (${headers.join(' ')})\n`,
      );
      if (kind === 'tend') {
        await creates(server.url, auth, 3);
        const write = await measure(server, auth, () => creates(server.url, auth, SECONDS));
        process.stdout.write(
          `tend POST /v1/tasks: ${write.cpuMsPerRequest.toFixed(3)} CPU-ms/request, ` +
            `${write.requestsPerSecond.toFixed(0)} req/s, peak RSS ${write.peakRssMiB.toFixed(0)} MiB\n`,
        );
      }
    } finally {
      await server.stop();
    }
  }
} finally {
  killAllServers();
  await bench.drop();
}
