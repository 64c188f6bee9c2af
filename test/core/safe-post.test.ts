import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchRefused, safePost } from '../../src/core/safe-fetch.ts';

/** safePost, for push services: every rule of safeFetch holds for a POST too. */
let origin: string;
let received = 0;
const server = createServer((req, res) => {
  received++;
  if (req.url === '/redirect') res.writeHead(307, { Location: '/gone' }).end();
  else if (req.url === '/slow') setTimeout(() => res.writeHead(201).end(), 2000);
  else res.writeHead(201).end('taken');
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const request = { headers: { TTL: '60' }, body: new Uint8Array([1, 2, 3]) };

describe('safePost', () => {
  it('posts to an allowed host and answers its status', async () => {
    expect(
      await safePost(`${origin}/push`, request.body, request.headers, { allowLoopback: true }),
    ).toEqual({
      status: 201,
    });
  });

  it('A21: refuses loopback, private and link-local addresses, and http, without the flag', async () => {
    const before = received;
    await expect(
      safePost(`${origin}/push`, request.body, request.headers, { allowLoopback: false }),
    ).rejects.toThrow(FetchRefused);
    for (const address of ['10.0.0.7', '169.254.169.254', '192.168.1.1']) {
      await expect(
        safePost('https://push.example/x', request.body, request.headers, {
          allowLoopback: false,
          resolve: async () => [address],
        }),
      ).rejects.toThrow(/private, loopback or link-local/);
    }
    await expect(
      safePost('http://push.example/x', request.body, request.headers, {
        allowLoopback: false,
        resolve: async () => ['93.184.216.34'],
      }),
    ).rejects.toThrow(/only https/);
    expect(received).toBe(before);
  });

  it('A21: does not follow a redirect, and caps the time', async () => {
    expect(
      await safePost(`${origin}/redirect`, request.body, request.headers, { allowLoopback: true }),
    ).toEqual({
      status: 307,
    });
    await expect(
      safePost(`${origin}/slow`, request.body, request.headers, {
        allowLoopback: true,
        timeoutMs: 200,
      }),
    ).rejects.toThrow(FetchRefused);
  });
});
