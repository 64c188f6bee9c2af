// The write bench: POST /v1/tasks (createTask, a title only, no Idempotency-Key) on Tend
// beside a bare node:http + pg server doing the single insert of the same row.
import type autocannon from 'autocannon';
import type { BenchDatabase } from './database.ts';
import { measureRounds, type RunPlan } from './measure.ts';
import { type BenchSummaries, summarize } from './report.ts';
import { startServer } from './servers.ts';
import { verifySameCreated } from './verify.ts';

export interface WriteOptions {
  rounds: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
}

// Unique per request, so Tend's duplicate guard never answers 409; the process id keeps
// titles apart from an earlier bench on the same database.
let sequence = 0;
function uniqueTitle(): string {
  sequence += 1;
  return `Bench write ${process.pid}-${sequence}`;
}

const setupRequest: autocannon.Request['setupRequest'] = (request) => ({
  ...request,
  body: JSON.stringify({ title: uniqueTitle() }),
});

export async function runWriteBench(
  bench: BenchDatabase,
  options: WriteOptions,
  say: (line: string) => void,
): Promise<BenchSummaries> {
  const headers = { authorization: `Bearer ${bench.apiKey}` };
  say('verifying both servers store and answer the same task…');
  const [tend, bare] = await Promise.all([
    startServer('tend', bench.url),
    startServer('bare', bench.url),
  ]);
  try {
    const { bytes } = await verifySameCreated(tend, bare, headers, () =>
      JSON.stringify({ title: uniqueTitle() }),
    );
    say(`  identical but for id, title and timestamps: ${bytes} bytes`);
  } finally {
    await Promise.all([tend.stop(), bare.stop()]);
  }
  const plan: RunPlan = {
    databaseUrl: bench.url,
    path: '/v1/tasks',
    warmupSeconds: options.warmupSeconds,
    durationSeconds: options.durationSeconds,
    load: {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      setupRequest,
      connections: options.connections,
    },
  };
  const runs = await measureRounds(['tend', 'bare'], plan, options.rounds);
  return new Map([...runs].map(([kind, list]) => [kind, summarize(list)]));
}
