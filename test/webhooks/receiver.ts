import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** When it arrived, in real time. */
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** The statuses to answer, in order; the last one is repeated once they run out. */
  answers: number[];
  /** Sent as `Location` with every answer, to see that no redirect is followed. */
  location?: string;
  close(): Promise<void>;
}

/** A webhook receiver: a real HTTP server on 127.0.0.1 keeping every request it gets. */
export async function startReceiver(answers: number[] = [204]): Promise<Receiver> {
  const received: Received[] = [];
  const receiver: Receiver = {
    url: '',
    received,
    answers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const status =
        receiver.answers[Math.min(received.length, receiver.answers.length) - 1] ?? 204;
      res
        .writeHead(status, {
          'content-type': 'text/plain',
          ...(receiver.location && { location: receiver.location }),
        })
        .end(status < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/tend`;
  return receiver;
}

/** Waits, in real time, until `check` holds: job handlers run apart from the clock's tick. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  ms = 10_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
