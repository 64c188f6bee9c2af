import type { Run } from './measure.ts';
import type { ServerKind } from './servers.ts';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One server's rounds of one bench, reduced: medians, and the highest peak memory. */
export interface Summary {
  rps: number;
  cpuMsPerRequest: number;
  peakRssMiB: number;
  p50Ms: number;
  p99Ms: number;
  rounds: string;
}

export function summarize(runs: readonly Run[]): Summary {
  return {
    rps: median(runs.map((r) => r.rps)),
    cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)),
    peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    rounds: runs.map((r) => r.rps.toFixed(0)).join(', '),
  };
}

export type BenchSummaries = Map<ServerKind, Summary>;

const LABELS: Record<ServerKind, string> = {
  tend: 'Tend (its API door + contract)',
  bare: 'bare (node:http + pg)',
  'fastify-glue': 'fastify + openapi-glue',
  'express-oav': 'express + openapi-validator',
};

const COLUMNS: [string, number][] = [
  ['server', 30],
  ['req/s', 8],
  ['×bare', 7],
  ['CPU-ms/req', 11],
  ['×bare', 7],
  ['peak MiB', 9],
  ['p50 ms', 8],
  ['p99 ms', 8],
];

/** Every server of every bench in one table, each against the bare server of its bench. */
export function formatTable(
  benches: readonly (readonly [title: string, BenchSummaries])[],
): string {
  const cells = (values: string[]) =>
    values
      .map((v, i) => {
        const width = (COLUMNS[i] as [string, number])[1];
        return i === 0 ? v.padEnd(width) : v.padStart(width);
      })
      .join('');
  const lines = [`${cells(COLUMNS.map(([name]) => name))}   req/s per round`];
  for (const [title, summaries] of benches) {
    lines.push(title);
    const bare = summaries.get('bare');
    for (const [kind, s] of summaries) {
      const rpsRatio = bare ? (s.rps / bare.rps).toFixed(2) : '–';
      const cpuRatio = bare ? (s.cpuMsPerRequest / bare.cpuMsPerRequest).toFixed(2) : '–';
      lines.push(
        `${cells([
          `  ${LABELS[kind]}`,
          s.rps.toFixed(0),
          rpsRatio,
          s.cpuMsPerRequest.toFixed(3),
          cpuRatio,
          s.peakRssMiB.toFixed(0),
          s.p50Ms.toFixed(1),
          s.p99Ms.toFixed(1),
        ])}   ${s.rounds}`,
      );
    }
  }
  return lines.join('\n');
}
