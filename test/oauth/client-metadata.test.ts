import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import { FetchRefused, safeFetchJson } from '../../src/core/safe-fetch.ts';
import { createLogger } from '../../src/http/logger.ts';
import { signUpAs } from '../support/browser.ts';
import { FakeClock } from '../support/clock.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { authorizeAndAllow, authorizeUrl, pkce } from '../support/oauth.ts';

const neverCalled = (async () => {
  throw new Error('fetch must not be called');
}) as unknown as typeof fetch;

describe('A21: fetching a URL someone else chose', () => {
  const refused = [
    { name: 'loopback 127.0.0.1', url: 'https://127.0.0.1/client.json' },
    { name: 'cloud metadata 169.254.169.254', url: 'https://169.254.169.254/latest/meta-data' },
    { name: 'a private network', url: 'https://10.1.2.3/client.json' },
    { name: 'IPv6 loopback', url: 'https://[::1]/client.json' },
    { name: 'IPv4-mapped loopback', url: 'https://[::ffff:127.0.0.1]/client.json' },
    { name: 'plain http', url: 'http://client.example/client.json' },
    { name: 'credentials in the URL', url: 'https://u:p@client.example/client.json' },
  ];
  it.each(refused)('A21: a fetch to $name is refused before any request', async ({ url }) => {
    await expect(
      safeFetchJson(url, {
        allowLoopback: false,
        fetch: neverCalled,
        resolve: async () => ['93.184.215.14'],
      }),
    ).rejects.toThrow(FetchRefused);
  });

  it('A21: a host name that resolves to a private or link-local address is refused', async () => {
    for (const address of ['127.0.0.1', '169.254.169.254', '192.168.1.1', 'fe80::1']) {
      await expect(
        safeFetchJson('https://sneaky.example/c.json', {
          allowLoopback: false,
          fetch: neverCalled,
          resolve: async () => ['93.184.215.14', address],
        }),
      ).rejects.toThrow(/private, loopback or link-local/);
    }
  });

  const publicHost = { allowLoopback: false, resolve: async () => ['93.184.215.14'] };

  it('A21: redirects are not followed', async () => {
    const redirecting = (async () =>
      new Response(null, {
        status: 302,
        headers: { Location: 'http://169.254.169.254/' },
      })) as typeof fetch;
    await expect(
      safeFetchJson('https://client.example/c.json', { ...publicHost, fetch: redirecting }),
    ).rejects.toThrow(/answered 302/);
  });

  it('A21: the size is capped', async () => {
    const big = (async () => new Response('x'.repeat(100_000))) as typeof fetch;
    await expect(
      safeFetchJson('https://client.example/c.json', { ...publicHost, fetch: big }),
    ).rejects.toThrow(/too large/);
  });

  it('A21: the time is capped', async () => {
    const slow = ((_url: URL, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as unknown as typeof fetch;
    await expect(
      safeFetchJson('https://client.example/c.json', { ...publicHost, fetch: slow, timeoutMs: 50 }),
    ).rejects.toThrow(/fetch failed/);
  });
});

describe('a client identified by its metadata document', () => {
  let testDb: TestDb;
  let docServer: Server;
  let docUrl: string;
  let doc: Record<string, unknown>;
  const clock = new FakeClock();
  const REDIRECT = 'https://chatgpt.com/connector/oauth/abc123';

  beforeAll(async () => {
    testDb = await createTestDb();
    docServer = createServer((req, res) => {
      if (req.url === '/redirect') {
        res.writeHead(302, { Location: 'http://169.254.169.254/' }).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(doc));
    });
    await new Promise<void>((resolve) => docServer.listen(0, '127.0.0.1', resolve));
    docUrl = `http://127.0.0.1:${(docServer.address() as AddressInfo).port}/client.json`;
    doc = {
      client_id: docUrl,
      client_name: 'ChatGPT',
      redirect_uris: [REDIRECT],
      token_endpoint_auth_method: 'none',
    };
  });
  afterAll(async () => {
    await new Promise((resolve) => docServer.close(resolve));
    await testDb.destroy();
  });

  async function app(allowLoopbackClientMetadata: boolean) {
    const { app } = await buildApp({
      config: {
        publicUrl: 'http://tend.test',
        validateResponses: true,
        allowLoopbackClientMetadata,
      },
      db: testDb.db,
      log: createLogger('silent'),
      now: clock.now,
    });
    return app;
  }

  it('is fetched, cached and used with PKCE when the development flag allows loopback', async () => {
    const a = await app(true);
    const b = await signUpAs(a, 'cimd@example.com');
    const { verifier, challenge } = pkce();
    const to = await authorizeAndAllow(b, {
      client_id: docUrl,
      redirect_uri: REDIRECT,
      state: 's',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      resource: 'http://tend.test/mcp',
    });
    const res = await (await import('supertest'))
      .default(a)
      .post('/oauth/token')
      .type('form')
      .send({
        grant_type: 'authorization_code',
        client_id: docUrl,
        code: to.searchParams.get('code'),
        redirect_uri: REDIRECT,
        code_verifier: verifier,
        resource: 'http://tend.test/mcp',
      });
    expect(res.status).toBe(200);
    const meta = await (await import('supertest'))
      .default(a)
      .get('/.well-known/oauth-authorization-server');
    expect(meta.body.client_id_metadata_document_supported).toBe(true);
  });

  it('A21: without the development flag a loopback document is refused with an error page, no redirect', async () => {
    const a = await app(false);
    const b = await signUpAs(a, 'cimd2@example.com');
    const res = await b.get(
      authorizeUrl({
        response_type: 'code',
        client_id: docUrl.replace('client.json', 'other.json'),
        redirect_uri: REDIRECT,
        state: 's',
      }),
    );
    expect(res.status).toBe(400);
    expect(res.headers.location).toBeUndefined();
  });

  it('R10: a document whose client_id does not match its URL is a clear 400', async () => {
    const a = await app(true);
    const b = await signUpAs(a, 'cimd3@example.com');
    doc = { ...doc, client_id: 'https://other.example/client.json' };
    const res = await b.get(
      authorizeUrl({
        response_type: 'code',
        client_id: docUrl.replace('client.json', 'third.json'),
        redirect_uri: REDIRECT,
        state: 's',
      }),
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('not a valid client metadata document');
  });
});
