import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchRefused, safeFetch, safePost } from '../../src/core/safe-fetch.ts';

// docs/security.md A21, DNS rebinding: the fetch connects to the address the check
// approved, not to whatever the name resolves to a moment later. The server listens on
// 127.0.0.2 only, and the URL names `localhost`, which the system resolves to 127.0.0.1:
// only a connection pinned to the checked address reaches it.
let port: number;
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' }).end(`reached ${req.headers.host}`);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const checkedAt = (address: string) => ({
  allowLoopback: true,
  resolve: async () => [address],
});

describe('a safe fetch connects where it was checked', () => {
  it('GET reaches the checked address, with the host name kept in Host', async () => {
    const fetched = await safeFetch(`http://localhost:${port}/doc`, checkedAt('127.0.0.2'));
    expect(fetched.bytes.toString()).toBe(`reached localhost:${port}`);
  });

  it('POST reaches the checked address', async () => {
    const posted = await safePost(
      `http://localhost:${port}/hook`,
      '{}',
      {},
      checkedAt('127.0.0.2'),
    );
    expect(posted.status).toBe(200);
  });

  it('goes nowhere else: checked at an address with nothing there, the fetch fails', async () => {
    await expect(safeFetch(`http://localhost:${port}/doc`, checkedAt('127.0.0.3'))).rejects.toThrow(
      FetchRefused,
    );
    await expect(
      safePost(`http://localhost:${port}/hook`, '{}', {}, checkedAt('127.0.0.3')),
    ).rejects.toThrow(FetchRefused);
  });
});
