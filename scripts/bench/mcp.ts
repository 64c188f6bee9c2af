// MCP at REST speed: `tools/call listTasks` through /mcp beside `GET /v1/tasks` on the same
// Tend process, same data, same key, interleaved rounds; medians of req/s and of server CPU
// per request (from /proc). Target: MCP ≥ 0.8 × REST req/s.
import { cpuMs } from './cpu.ts';
import type { BenchDatabase } from './database.ts';
import { runLoad } from './load.ts';
import { median } from './report.ts';
import { startServer } from './servers.ts';

export const MCP_TARGET = 0.8;

interface Run {
  rps: number;
  cpuMsPerRequest: number;
}

const MCP_BODY = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'tools/call',
  params: { name: 'listTasks', arguments: { limit: 20 } },
});

export async function runMcpVsRest(
  bench: BenchDatabase,
  options: { rounds: number; durationSeconds: number; warmupSeconds: number; connections: number },
  say: (line: string) => void,
): Promise<void> {
  const server = await startServer('tend', bench.url);
  try {
    const auth = { authorization: `Bearer ${bench.apiKey}` };
    const rest = { url: `${server.url}/v1/tasks?limit=20`, headers: auth };
    const mcp = {
      url: `${server.url}/mcp`,
      method: 'POST' as const,
      body: MCP_BODY,
      headers: {
        ...auth,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
    };
    await checkSamePage(rest, mcp);
    const runs: Record<'rest' | 'mcp', Run[]> = { rest: [], mcp: [] };
    const measure = async (kind: 'rest' | 'mcp', label: string) => {
      const load = { ...(kind === 'rest' ? rest : mcp), connections: options.connections };
      process.stdout.write(`${label} ${kind.padEnd(4)}: warm-up ${options.warmupSeconds} s…`);
      await runLoad({ ...load, durationSeconds: options.warmupSeconds });
      const before = cpuMs(server.pid);
      const result = await runLoad({ ...load, durationSeconds: options.durationSeconds });
      const cpu = (cpuMs(server.pid) - before) / result.total;
      runs[kind].push({ rps: result.requestsPerSecond, cpuMsPerRequest: cpu });
      say(
        ` ${result.requestsPerSecond.toFixed(0)} req/s, ${cpu.toFixed(2)} CPU-ms/request, ` +
          `p50 ${result.p50Ms} ms (${result.total} requests)`,
      );
    };
    for (let round = 1; round <= options.rounds; round++) {
      // Alternating which goes first spreads drift over both evenly.
      const order = round % 2 === 1 ? (['rest', 'mcp'] as const) : (['mcp', 'rest'] as const);
      for (const kind of order) await measure(kind, `round ${round}/${options.rounds}`);
    }
    const rps = (kind: 'rest' | 'mcp') => median(runs[kind].map((r) => r.rps));
    const cpu = (kind: 'rest' | 'mcp') => median(runs[kind].map((r) => r.cpuMsPerRequest));
    const ratio = rps('mcp') / rps('rest');
    say('');
    say(`${'same Tend process'.padEnd(30)}${'req/s'.padStart(10)}${'CPU-ms/req'.padStart(12)}`);
    for (const [name, kind] of [
      ['GET /v1/tasks?limit=20', 'rest'],
      ['MCP tools/call listTasks', 'mcp'],
    ] as const)
      say(
        `${name.padEnd(30)}${rps(kind).toFixed(0).padStart(10)}${cpu(kind).toFixed(2).padStart(12)}`,
      );
    say('');
    say(`ratio MCP/REST (median req/s): ${ratio.toFixed(2)}`);
    say(`ratio MCP/REST (median CPU-ms per request): ${(cpu('mcp') / cpu('rest')).toFixed(2)}`);
    say(
      `target: MCP ≥ ${MCP_TARGET.toFixed(2)} × REST req/s → ${ratio >= MCP_TARGET ? 'pass' : 'FAIL'}`,
    );
  } finally {
    await server.stop();
  }
}

/** Both routes must answer the same page, or the comparison means nothing. */
async function checkSamePage(
  rest: { url: string; headers: Record<string, string> },
  mcp: { url: string; headers: Record<string, string>; body: string },
): Promise<void> {
  const page = await (await fetch(rest.url, { headers: rest.headers })).json();
  const answer = (await (
    await fetch(mcp.url, { method: 'POST', headers: mcp.headers, body: mcp.body })
  ).json()) as { result?: { structuredContent?: unknown } };
  const structured = answer?.result?.structuredContent;
  if (JSON.stringify(structured) !== JSON.stringify(page))
    throw new Error('MCP listTasks and GET /v1/tasks answered different pages');
}
