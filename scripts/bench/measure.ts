// One measured server run: a fresh child process, a discarded warm-up, then the measured
// run with the child's CPU time (from /proc) and its peak resident memory at the end.
import { cpuMs, peakRssMiB } from './cpu.ts';
import { type LoadOptions, runLoad } from './load.ts';
import { type ServerKind, startServer } from './servers.ts';

export interface Run {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  cpuMsPerRequest: number;
  peakRssMiB: number;
}

export interface RunPlan {
  databaseUrl: string;
  /** Everything of the load but where it goes and for how long. */
  load: Omit<LoadOptions, 'url' | 'durationSeconds'>;
  path: string;
  warmupSeconds: number;
  durationSeconds: number;
  nodeFlags?: (kind: ServerKind) => string[];
}

export async function measureServer(kind: ServerKind, plan: RunPlan, label: string): Promise<Run> {
  process.stdout.write(`${label} ${kind.padEnd(12)}: starting…`);
  const server = await startServer(kind, plan.databaseUrl, plan.nodeFlags?.(kind) ?? []);
  try {
    const load = { ...plan.load, url: server.url + plan.path };
    process.stdout.write(` warm-up ${plan.warmupSeconds} s…`);
    await runLoad({ ...load, durationSeconds: plan.warmupSeconds });
    process.stdout.write(` measuring ${plan.durationSeconds} s…`);
    const before = cpuMs(server.pid);
    const result = await runLoad({ ...load, durationSeconds: plan.durationSeconds });
    const run: Run = {
      rps: result.requestsPerSecond,
      p50Ms: result.p50Ms,
      p99Ms: result.p99Ms,
      total: result.total,
      cpuMsPerRequest: (cpuMs(server.pid) - before) / result.total,
      peakRssMiB: peakRssMiB(server.pid),
    };
    process.stdout.write(
      ` ${run.rps.toFixed(0)} req/s, ${run.cpuMsPerRequest.toFixed(2)} CPU-ms/req, ` +
        `p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${run.peakRssMiB.toFixed(0)} MiB\n`,
    );
    return run;
  } finally {
    await server.stop();
  }
}

/** Interleaved rounds, one fresh process per server per round; drift spreads over all. */
export async function measureRounds(
  kinds: readonly ServerKind[],
  plan: RunPlan,
  rounds: number,
): Promise<Map<ServerKind, Run[]>> {
  const runs = new Map<ServerKind, Run[]>(kinds.map((kind) => [kind, []]));
  for (let round = 1; round <= rounds; round++) {
    // Rotating the order too, so no server always runs right after another.
    const order = kinds.map((_, i) => kinds[(i + round - 1) % kinds.length] as ServerKind);
    for (const kind of order) {
      runs.get(kind)?.push(await measureServer(kind, plan, `round ${round}/${rounds}`));
    }
  }
  return runs;
}
