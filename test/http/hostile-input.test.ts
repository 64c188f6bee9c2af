import type { Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createHttpServer, MAX_HEADER_BYTES } from '../../src/http/http-server.ts';
import { createTestApp, type TestUser } from '../support/app.ts';

const t = await createTestApp();
const alice: TestUser = await t.createUser();
const server: Server = await new Promise((resolve) => {
  const s = createHttpServer(t.app).listen(0, '127.0.0.1', () => resolve(s));
});
const port = (server.address() as AddressInfo).port;
const base = `http://127.0.0.1:${port}`;
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

async function send(path: string, init: RequestInit & { json?: string } = {}) {
  const headers = new Headers(init.headers);
  headers.set('Authorization', alice.auth);
  if (init.json !== undefined) headers.set('Content-Type', 'application/json');
  const res = await fetch(base + path, { ...init, headers, body: init.json ?? init.body ?? null });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : null };
}

/** Sends bytes as they are and reads the whole answer (what fetch would refuse to send). */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString()));
    socket.on('error', reject);
    socket.write(request);
  });
}

function expectProblem(answer: { status: number; headers: Headers }, status: number) {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
}

describe('text that is not text', () => {
  it('refuses a NUL in a body string with 400 invalid_characters naming the field', async () => {
    const answer = await send('/v1/tasks', { method: 'POST', json: '{"title":"a\\u0000b"}' });
    expectProblem(answer, 400);
    expect(answer.body.code).toBe('invalid_characters');
    expect(answer.body.errors).toEqual([{ pointer: '/body/title', reason: expect.any(String) }]);
  });

  it('refuses a lone surrogate in a body string, and keeps a paired one', async () => {
    const lone = await send('/v1/tasks', { method: 'POST', json: '{"title":"a\\ud800b"}' });
    expectProblem(lone, 400);
    expect(lone.body.errors[0].pointer).toBe('/body/title');
    const paired = await send('/v1/tasks', {
      method: 'POST',
      json: '{"title":"cat \\ud83d\\udc08"}',
    });
    expect(paired.status).toBe(201);
    expect(paired.body.title).toBe('cat 🐈');
  });

  it('refuses a NUL in a query parameter, naming it', async () => {
    const answer = await send('/v1/search?q=a%00b');
    expectProblem(answer, 400);
    expect(answer.body.errors[0].pointer).toBe('/query/q');
  });

  it('refuses a NUL in a path parameter, naming it', async () => {
    const answer = await send('/v1/tasks/a%00b');
    expectProblem(answer, 400);
    expect(answer.body.errors[0].pointer).toBe('/path/task_id');
  });

  it('names the path parameter whose percent-escapes are not UTF-8', async () => {
    const answer = await send('/v1/tasks/a%ffb');
    expectProblem(answer, 400);
    expect(answer.body.errors[0].pointer).toBe('/path/task_id');
  });

  it('refuses a NUL in a property name and in nested arrays', async () => {
    const answer = await send('/v1/tasks', {
      method: 'POST',
      json: '{"title":"x","tags":["ok","b\\u0000"]}',
    });
    expectProblem(answer, 400);
    expect(answer.body.errors[0].pointer).toBe('/body/tags/1');
  });

  it('refuses a body nested deeper than any schema with 400 nesting_too_deep', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const answer = await send('/v1/tasks', {
      method: 'POST',
      json: `{"title":"a","tags":${deep}}`,
    });
    expectProblem(answer, 400);
    expect(answer.body.code).toBe('nesting_too_deep');
    expect(answer.body.errors[0].pointer).toMatch(/^\/body\/tags\//);
  });
});

describe('numbers out of range', () => {
  it.each(['1e300', '1e308', '1e400', '123456789012345678901234567890'])(
    'refuses %s in a numeric field by validation, naming it',
    async (n) => {
      const answer = await send(`/v1/tasks?limit=${n}`);
      expectProblem(answer, 400);
      expect(answer.body.code).toBe('validation_failed');
      expect(answer.body.errors[0].pointer).toBe('/query/limit');
    },
  );
});

describe('compressed bodies', () => {
  it('reads a gzip body', async () => {
    const answer = await send('/v1/tasks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ title: 'zipped' })),
    });
    expect(answer.status).toBe(201);
    expect(answer.body.title).toBe('zipped');
  });

  it('answers a corrupt gzip body with 400 problem+json', async () => {
    const answer = await send('/v1/tasks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: 'this is not gzip',
    });
    expectProblem(answer, 400);
    expect(answer.body.code).toBe('malformed_body');
  });

  it.each(['br', 'zstd', 'compress', 'gzip, gzip'])(
    'answers Content-Encoding %s with 415 listing what is read',
    async (coding) => {
      const answer = await send('/v1/tasks', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Encoding': coding },
        body: brotliCompressSync(JSON.stringify({ title: 'x' })),
      });
      expectProblem(answer, 415);
      expect(answer.headers.get('accept-encoding')).toBe('gzip, deflate');
    },
  );
});

describe('oversize requests', () => {
  it('answers a 10 KB URL with 414 problem+json', async () => {
    const answer = await send(`/v1/tasks?q=${'x'.repeat(10_000)}`);
    expectProblem(answer, 414);
    expect(answer.body.code).toBe('uri_too_long');
  });

  it('answers a 300 KB query string with 414 problem+json, not a reset', async () => {
    const text = await raw(`GET /v1/search?q=${'x'.repeat(300_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 414 /);
    expect(text).toMatch(/content-type: application\/problem\+json/i);
    expect(text).toContain('"code":"uri_too_long"');
  });

  it('answers oversize headers with 431 problem+json', async () => {
    const big = 'x'.repeat(MAX_HEADER_BYTES);
    const text = await raw(`GET /v1/tasks HTTP/1.1\r\nHost: x\r\nX-Big: ${big}\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
    expect(text).toContain('"code":"header_fields_too_large"');
    expect(text).toMatch(/cache-control: no-store/i);
  });

  it('answers a control character in a header with 400 problem+json', async () => {
    const text = await raw('GET /v1/tasks HTTP/1.1\r\nHost: x\r\nIdempotency-Key: a\x01b\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(text).toMatch(/content-type: application\/problem\+json/i);
  });
});

describe('Idempotency-Key', () => {
  it.each(['', '"a\\b"', `"${'k'.repeat(300)}"`, '"a", "b"'])(
    'answers the malformed key %j with 400 problem+json',
    async (key) => {
      const answer = await send('/v1/tasks', {
        method: 'POST',
        headers: { 'Idempotency-Key': key },
        json: '{"title":"x"}',
      });
      expectProblem(answer, 400);
    },
  );
});
