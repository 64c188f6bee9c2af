/**
 * Prism smoke check (`tsx scripts/prism-smoke.ts`): mocks openapi.yaml with Prism, calls
 * every operation once with the contract's own examples and checks each answer with the
 * server's ResponseValidator, so a broken example or an unmockable operation fails CI.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIBackend, type Operation, type Options } from 'openapi-backend';
import { loadContract } from '../src/contract/document.ts';
import { ResponseValidator } from '../src/contract/response-validator.ts';

type Json = Record<string, unknown>;

/** Same workaround as src/pipeline/contract-pipeline.ts: its 3.0-only check rejects a 3.1 file. */
class SmokeBackend extends OpenAPIBackend {
  override validateDefinition() {
    return this.document;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));
const port = await freePort();
// `prism mock` routes on the `paths` keys alone: `servers` are only matched when a request
// names one with `?__server=`, and a relative one (`/v1`) never matches. So the mock
// answers /tasks, and /v1/tasks is a 404 (NO_PATH_MATCHED_ERROR).
const base = `http://127.0.0.1:${port}`;
// The binary itself, not npx, so killing it ends Prism; single process (it forks a
// worker when NODE_ENV=production) so that there is exactly one process to kill.
const prism = spawn(
  join(root, 'node_modules/.bin/prism'),
  ['mock', 'openapi.yaml', '--port', String(port), '--host', '127.0.0.1', '--no-multiprocess'],
  { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
);
// Shown only if Prism fails to start; its per-request log would bury the report.
let prismLog = '';
for (const stream of [prism.stdout, prism.stderr]) stream.on('data', (c) => (prismLog += c));
// Without a listener, a failed spawn (no node_modules) would crash before `finally`.
let spawnError: Error | undefined;
prism.on('error', (error) => (spawnError = error));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    prism.kill();
    process.exit(1);
  });
}

let passed = 0;
let failed = 0;
try {
  // Used only for its dereferenced operations, which is what ResponseValidator expects;
  // `validate: false` skips compiling request validators this script never uses.
  const definition = loadContract() as Options['definition'];
  const api = new SmokeBackend({ definition, validate: false });
  await api.init();
  const validator = new ResponseValidator();
  await waitUntilListening();
  for (const operation of api.getOperations()) {
    const { status, violations } = await check(operation, validator);
    if (violations.length === 0) passed++;
    else failed++;
    const verdict = violations.length === 0 ? 'ok' : `violation: ${violations.join('; ')}`;
    console.log(
      `${operation.method.toUpperCase().padEnd(6)} ${operation.path} ${status} ${verdict}`,
    );
  }
} catch (error) {
  failed++;
  console.error(error instanceof Error ? error.message : error);
  if (prismLog) console.error(`Prism output:\n${prismLog}`);
} finally {
  prism.kill();
}
console.log(`prism smoke: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

async function check(operation: Operation, validator: ResponseValidator) {
  const violations: string[] = [];
  let status = 0;
  try {
    const response = await call(operation);
    status = response.status;
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
    const text = await response.text();
    const body = text === '' ? undefined : /[/+]json$/.test(mediaType) ? JSON.parse(text) : text;
    // Prism lists here what it found wrong with the request or with its own mock answer.
    const prismViolations = response.headers.get('sl-violations');
    if (prismViolations) violations.push(`Prism reports violations: ${prismViolations}`);
    // A refused request gets the contract's own 400/422 example, which validates: only
    // the status shows that Prism did not accept the example inputs.
    if (status < 200 || status > 299) violations.push('expected a 2xx for example inputs');
    violations.push(...validator.validate(operation, status, mediaType, body));
  } catch (error) {
    violations.push(error instanceof Error ? error.message : String(error));
  }
  return { status, violations };
}

/** One request built only from the contract: path and required parameters, example body. */
async function call(operation: Operation): Promise<Response> {
  let path = operation.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = { Authorization: 'Bearer smoke-test' };
  // After init() the operation is dereferenced: no `$ref` is left among the parameters.
  for (const parameter of (operation.parameters ?? []) as unknown as Json[]) {
    if (parameter.in !== 'path' && !parameter.required) continue;
    const name = String(parameter.name);
    const value = String(exampleOf(parameter));
    if (parameter.in === 'path') path = path.replace(`{${name}}`, encodeURIComponent(value));
    else if (parameter.in === 'query') query.set(name, value);
    else if (parameter.in === 'header') headers[name] = value;
  }
  let body: string | undefined;
  const requestBody = operation.requestBody as Json | undefined;
  const json = (requestBody?.content as Record<string, Json> | undefined)?.['application/json'];
  const example = json?.example ?? (json?.schema as Json | undefined)?.example;
  if (example !== undefined) {
    body = JSON.stringify(example);
    headers['Content-Type'] = 'application/json';
  } else if (requestBody?.required) {
    // A file's bytes (application/octet-stream): the example as the raw body.
    const [type, media] =
      Object.entries((requestBody.content ?? {}) as Record<string, Json>)[0] ?? [];
    const raw = media?.example ?? (media?.schema as Json | undefined)?.example;
    if (type === undefined || typeof raw !== 'string') {
      throw new Error('the request body has no example');
    }
    body = raw;
    headers['Content-Type'] = type;
  }
  const search = query.size > 0 ? `?${query}` : '';
  // Upper case: fetch sends `patch` as written, and Prism (Node's HTTP parser) rejects it.
  const method = operation.method.toUpperCase();
  return fetch(`${base}${path}${search}`, { method, headers, body });
}

function exampleOf(parameter: Json): unknown {
  const schema = (parameter.schema ?? {}) as Json;
  const example = parameter.example ?? schema.example;
  if (example !== undefined) return example;
  if (schema.format === 'uuid') return randomUUID();
  throw new Error(`parameter ${parameter.name} has no example`);
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Any HTTP answer (a 404 for `/`) means Prism is up; it usually takes about 3 s. */
async function waitUntilListening(): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (spawnError) throw spawnError;
    if (prism.exitCode !== null) throw new Error(`Prism exited with code ${prism.exitCode}`);
    try {
      await fetch(`${base}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('Prism did not answer within 30 s');
}
