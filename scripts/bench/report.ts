import type { LoadResult } from './load.ts';

/** docs/design.md §7: Tend must reach at least this share of the bare server's req/s. */
export const BUDGET_RATIO = 0.6;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Summary {
  rps: number;
  p50: number;
  p99: number;
  rounds: string;
}

function summarize(results: readonly LoadResult[]): Summary {
  return {
    rps: median(results.map((r) => r.requestsPerSecond)),
    p50: median(results.map((r) => r.p50Ms)),
    p99: median(results.map((r) => r.p99Ms)),
    rounds: results.map((r) => r.requestsPerSecond.toFixed(0)).join(', '),
  };
}

/** The result table and the budget line; returns the ratio for the caller. */
export function formatReport(tend: readonly LoadResult[], bare: readonly LoadResult[]): string {
  const t = summarize(tend);
  const b = summarize(bare);
  const ratio = t.rps / b.rps;
  const row = (name: string, s: Summary) =>
    `${name.padEnd(26)}${s.rps.toFixed(0).padStart(10)}${s.p50.toFixed(1).padStart(10)}` +
    `${s.p99.toFixed(1).padStart(10)}   ${s.rounds}`;
  return [
    `${'server'.padEnd(26)}${'req/s'.padStart(10)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}   req/s per round`,
    row('Tend (express + contract)', t),
    row('bare (node:http + pg)', b),
    '',
    `ratio Tend/bare (median req/s): ${ratio.toFixed(2)}`,
    `docs/design.md §7 budget: ratio ≥ ${BUDGET_RATIO.toFixed(2)} → ${ratio >= BUDGET_RATIO ? 'pass' : 'FAIL'}`,
  ].join('\n');
}
