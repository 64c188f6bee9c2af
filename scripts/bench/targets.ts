// docs/design.md §7's targets, each checked against the figures of this run. A miss is
// reported, not fatal: the bench measures; it is not a test.
import type { ChatFirstByte } from './chat.ts';
import type { BenchSummaries } from './report.ts';
import type { StartupTimes } from './startup.ts';

export interface Measured {
  read?: BenchSummaries;
  write?: BenchSummaries;
  startup?: StartupTimes;
  chat?: ChatFirstByte;
}

interface Target {
  name: string;
  /** The measured value and its limit, or undefined when that part did not run. */
  check: (m: Measured) => { value: number; limit: number; unit: string } | undefined;
  /** Whether a value at or below the limit passes (else at or above). */
  atMost: boolean;
  /** What the value was measured against, when that varies. */
  detail?: (m: Measured) => string | undefined;
}

/** fastify-glue or express-oav, whichever answered more requests per second. */
function fastestPeer(read: BenchSummaries | undefined) {
  const peers = (['fastify-glue', 'express-oav'] as const).flatMap((kind) => {
    const summary = read?.get(kind);
    return summary ? [{ kind, rps: summary.rps }] : [];
  });
  return peers.sort((a, b) => b.rps - a.rps)[0];
}

const TARGETS: Target[] = [
  {
    name: "chat: what Tend adds to the model's first streamed text, p95 ≤ 20 ms",
    atMost: true,
    check: ({ chat }) => chat && { value: chat.addedP95, limit: 20, unit: ' ms' },
  },
  {
    name: 'GET /v1/tasks: Tend req/s ≥ 0.9 × the fastest spec-first peer',
    atMost: false,
    check: ({ read }) => ratio(read?.get('tend')?.rps, fastestPeer(read)?.rps, 0.9),
    detail: ({ read }) => fastestPeer(read)?.kind,
  },
  {
    name: 'GET /v1/tasks: Tend CPU per request ≤ 1.3 × bare',
    atMost: true,
    check: ({ read }) =>
      ratio(read?.get('tend')?.cpuMsPerRequest, read?.get('bare')?.cpuMsPerRequest, 1.3),
  },
  {
    name: 'createTask: Tend req/s ≥ 0.6 × bare insert',
    atMost: false,
    check: ({ write }) => ratio(write?.get('tend')?.rps, write?.get('bare')?.rps, 0.6),
  },
  {
    name: 'Tend peak RSS ≤ 200 MiB',
    atMost: true,
    check: ({ read, write }) => {
      const peaks = [read, write].flatMap((b) => b?.get('tend')?.peakRssMiB ?? []);
      return peaks.length ? { value: Math.max(...peaks), limit: 200, unit: ' MiB' } : undefined;
    },
  },
  {
    name: 'start to ready, embedded PGlite ≤ 2 s',
    atMost: true,
    check: ({ startup }) => startup && { value: startup.pgliteMs, limit: 2000, unit: ' ms' },
  },
  {
    name: 'start to ready, PostgreSQL ≤ 2 s',
    atMost: true,
    check: ({ startup }) => startup && { value: startup.postgresMs, limit: 2000, unit: ' ms' },
  },
];

function ratio(a: number | undefined, b: number | undefined, limit: number) {
  return a === undefined || b === undefined ? undefined : { value: a / b, limit, unit: '×' };
}

export function formatTargets(measured: Measured): string {
  return TARGETS.map((target) => {
    const result = target.check(measured);
    if (!result) return `  –    ${target.name}: not measured in this run`;
    const pass = target.atMost ? result.value <= result.limit : result.value >= result.limit;
    const digits = result.unit === '×' ? 2 : 0;
    const against = target.detail?.(measured);
    return (
      `  ${pass ? 'pass' : 'FAIL'} ${target.name}: ${result.value.toFixed(digits)}${result.unit}` +
      (against ? ` (${against})` : '')
    );
  }).join('\n');
}
