/**
 * Prism proxy check (`tsx scripts/prism-proxy.ts`): starts the real app (as the contract
 * tests do) and sends a walk through every operation of openapi.yaml to it through
 * `prism proxy`, which validates requests and Tend's responses against the contract on its
 * own and lists what is wrong in an `sl-violations` header. Any such response violation,
 * a refused valid call or an accepted invalid one fails the check.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContract } from '../src/contract/document.ts';
import { fillPath, type Harness, startHarness } from '../test/contract/support/harness.ts';
import { planWalk, type Step } from '../test/contract/support/walk.ts';

type Violation = { location: string[]; severity: string; message: string };

/**
 * Example calls this walk does not yet send in a form Prism accepts: a raw file body,
 * the export document's `format`, and the seeded file's id after Prism refused its upload.
 * The contract tests (test/contract/) send each of them to Tend and check the answers.
 */
const NOT_YET_WALKED = new Set(['uploadAttachment', 'importAccount', 'deleteAttachment']);

const root = fileURLToPath(new URL('..', import.meta.url));
// Prism routes on the `paths` keys alone (`/tasks`) and forwards to the upstream URL with
// the request path appended, so the upstream must name the server prefix (`…/v1`).
const serverUrl = loadContract().servers?.[0]?.url ?? '';
const prisms: { child: ChildProcess; log: string }[] = [];
let harness: Harness | undefined;
let passed = 0;
let failed = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`interrupted by ${signal}`);
    void stop().finally(() => {
      console.log(`prism proxy: ${passed} passed, ${failed + 1} failed`);
      process.exit(1);
    });
  });
}

try {
  // As in production: Tend's own response check off, so Prism judges the raw answers.
  harness = await startHarness({ validateResponses: false });
  const upstream = harness.baseUrl + serverUrl;
  // With --errors Prism answers an invalid request itself instead of forwarding it, so the
  // probes go through a second proxy without it: that one forwards everything and reports
  // request and response violations alike in the header.
  const [strict, lenient] = await Promise.all([
    startPrism(upstream, ['--errors']),
    startPrism(upstream, []),
  ]);
  for (const step of planWalk(harness.catalog, harness.aliceIds)) {
    if (step.valid && NOT_YET_WALKED.has(step.op.operationId)) {
      console.log(
        `${step.op.method.toUpperCase().padEnd(6)} ${step.op.path} [${step.label}] not walked`,
      );
      continue;
    }
    const { status, problems, note } = await check(step, step.valid ? strict : lenient);
    if (problems.length === 0) passed++;
    else failed++;
    const verdict = problems.length === 0 ? `ok${note}` : `FAIL: ${problems.join('; ')}`;
    const method = step.op.method.toUpperCase().padEnd(6);
    console.log(`${method} ${step.op.path} [${step.label}] ${status} ${verdict}`);
  }
} catch (error) {
  failed++;
  console.error(error instanceof Error ? error.message : error);
  for (const prism of prisms) if (prism.log) console.error(`Prism output:\n${prism.log}`);
} finally {
  await stop();
}
console.log(`prism proxy: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

async function check(step: Step, base: string) {
  const problems: string[] = [];
  let status = 0;
  let note = '';
  try {
    const { request } = step;
    const path = fillPath(step.op.path, request.path ?? {});
    if (!path.startsWith(serverUrl)) throw new Error(`${path} is not under ${serverUrl}`);
    const url = new URL(base + path.slice(serverUrl.length));
    for (const [name, value] of Object.entries(request.query ?? {})) {
      url.searchParams.append(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
    const headers: Record<string, string> = {};
    const auth = request.auth === undefined ? harness?.alice.auth : request.auth;
    if (auth) headers.Authorization = auth;
    const body =
      request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    // Upper case: fetch sends `patch` as written, and Prism (Node's HTTP parser) rejects it.
    const response = await fetch(url, { method: step.op.method.toUpperCase(), headers, body });
    status = response.status;
    const text = await response.text();
    const violations = JSON.parse(response.headers.get('sl-violations') ?? '[]') as Violation[];
    const own = violations.filter((v) => step.valid || v.location[0] === 'response');
    // A few are enough to see what is wrong (a bad list item repeats once per item).
    problems.push(
      ...own.slice(0, 3).map((v) => `sl-violations ${v.location.join('.')}: ${v.message}`),
    );
    if (own.length > 3) problems.push(`and ${own.length - 3} more`);
    // Tend sets X-Request-Id on every answer; Prism's own answers (a refused request, an
    // unparseable body, a response replaced under --errors) lack it and never reached Tend.
    if (!response.headers.has('x-request-id')) {
      if (own.length === 0) problems.push(`answered by Prism, not Tend: ${text.slice(0, 300)}`);
    } else if (step.valid && (status < 200 || status > 299)) problems.push('expected a 2xx');
    else if (!step.valid && (status < 400 || status > 499)) problems.push('expected a 4xx');
    // Whether Prism agrees the probe is invalid; it ignores e.g. unknown query parameters.
    if (!step.valid && violations.length > own.length) note = ', Prism also flags the request';
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return { status, problems, note };
}

/** Stops the proxies and the app; safe to call twice (a signal during `finally`). */
async function stop() {
  // Waits for each Prism to be gone (it takes a moment after SIGTERM), so none outlives us.
  await Promise.all(prisms.map(({ child }) => ended(child)));
  const h = harness;
  harness = undefined;
  await h?.close();
}

function ended(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

async function startPrism(upstream: string, flags: string[]): Promise<string> {
  const port = await freePort();
  // The binary itself, not npx, so killing it ends Prism; single process (it forks a
  // worker when NODE_ENV=production) so that there is exactly one process to kill.
  const args = ['proxy', 'openapi.yaml', upstream, ...flags, '--no-multiprocess'];
  const child = spawn(
    join(root, 'node_modules/.bin/prism'),
    [...args, '--port', String(port), '--host', '127.0.0.1'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const prism = { child, log: '' };
  prisms.push(prism);
  // Shown only if startup fails; the per-request log would bury the report.
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (c) => (prism.log += c));
  // Without a listener, a failed spawn (no node_modules) would crash before `finally`.
  let spawnError: Error | undefined;
  child.on('error', (error) => (spawnError = error));
  const base = `http://127.0.0.1:${port}`;
  // Any HTTP answer means Prism is up; it usually takes a few seconds.
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (spawnError) throw spawnError;
    if (child.exitCode !== null) throw new Error(`Prism exited with code ${child.exitCode}`);
    try {
      await fetch(`${base}/`);
      return base;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('Prism did not answer within 30 s');
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
