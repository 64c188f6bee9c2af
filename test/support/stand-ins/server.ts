/**
 * What the model API stand-ins share: a real node:http server on a free port that records
 * every request and answers from a script, either a queue of replies (one per request) or
 * a function of the request. Besides a model's answer, a script may fail with any status
 * and headers (a 429 with Retry-After, a 500), or hang (for timeouts).
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the SDK sent.
  body: any;
}

/** An HTTP error; `body` defaults to the API's own error shape with `message`. */
export interface Failure {
  status: number;
  headers?: Record<string, string>;
  message?: string;
  body?: unknown;
}

/** Never answers: the client's timeout or abort is what ends the request. */
export interface Hang {
  hang: true;
}

export type Step<R> = R | Failure | Hang;
export type Script<R> = Step<R>[] | ((request: Received, index: number) => Step<R>);

export interface StandIn {
  /** The base URL to give the SDK. */
  url: string;
  received: Received[];
  /** The n-th request received (from 0); throws when there is none. */
  request(n?: number): Received;
  close(): Promise<void>;
}

export interface Dialect<R> {
  path: string;
  /** The base URL the SDK is given, from the server's origin. */
  baseUrl(origin: string): string;
  errorBody(failure: Failure): unknown;
  answer(reply: R, request: Received, res: ServerResponse): void;
}

export async function serveScript<R extends object>(
  dialect: Dialect<R>,
  script: Script<R>,
): Promise<StandIn> {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const request: Received = {
      path: req.url ?? '',
      headers: req.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    if (req.method !== 'POST' || request.path !== dialect.path) {
      return json(res, 404, { error: `the stand-in serves only POST ${dialect.path}` });
    }
    const index = received.push(request) - 1;
    const step = Array.isArray(script) ? script[index] : script(request, index);
    if (step === undefined)
      return json(res, 500, dialect.errorBody({ status: 500, message: 'the script ran out' }));
    if ('hang' in step) return;
    if ('status' in step) {
      res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
      return res.end(JSON.stringify(step.body ?? dialect.errorBody(step)));
    }
    dialect.answer(step, request, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: dialect.baseUrl(`http://127.0.0.1:${port}`),
    received,
    request: (n = 0) => {
      const request = received[n];
      if (!request)
        throw new Error(`the stand-in received ${received.length} requests, not ${n + 1}`);
      return request;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections(); // hanging requests too
        server.close(() => done());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Starts a Server-Sent Events answer; each call writes one event. */
export function openEvents(res: ServerResponse): (data: unknown, event?: string) => void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  return (data, event) => {
    const payload = typeof data === 'string' ? data : JSON.stringify(data);
    res.write(`${event ? `event: ${event}\n` : ''}data: ${payload}\n\n`);
  };
}

/** Text in the pieces given, or a string cut after each space, as models stream it. */
export function pieces(text: string | string[]): string[] {
  return Array.isArray(text) ? text : (text.match(/\S*\s*/g) ?? []).filter((p) => p !== '');
}

/** Cuts JSON text into `count` slices, so arguments arrive in several deltas. */
export function slices(text: string, count = 3): string[] {
  const size = Math.max(1, Math.ceil(text.length / count));
  const out: string[] = [];
  for (let at = 0; at < text.length; at += size) out.push(text.slice(at, at + size));
  return out;
}
