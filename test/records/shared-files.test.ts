import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';
import { exeBytes, pdfBytes, pngBytes } from './files.ts';

/**
 * ChatGPT's `openaiFileIdRefs`: Tend fetches each `download_link` through the safe fetch
 * (docs/security.md A21). A real https server on a public address is not available to a
 * test, so the app gets a stand-in fetch and resolver, as the Client ID Metadata tests do:
 * every rule before the request (https, the resolved address) still runs for real.
 */
const CAP = 4096;
const PUBLIC_ADDRESS = '93.184.215.14';
const served = new Map<string, Response | (() => Response)>();
const fetched: string[] = [];

const standInFetch = (async (input: URL | RequestInfo) => {
  const url = String(input);
  fetched.push(url);
  const answer = served.get(url);
  if (!answer) return new Response('gone', { status: 404 });
  return typeof answer === 'function' ? answer() : answer.clone();
}) as typeof fetch;

const resolve = async (host: string) =>
  host === 'intranet.example' ? ['10.0.0.5'] : [PUBLIC_ADDRESS];

let t: TestApp;
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp({
    now: '2026-11-22T09:00:00Z',
    attachmentMaxBytes: CAP,
    fetch: standInFetch,
    resolve,
  });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
  served.set('https://files.oaiusercontent.com/invoice', new Response(bytes(pdfBytes())));
  // Named and claimed a PDF, but a PNG: kept as the PNG it is.
  served.set(
    'https://files.oaiusercontent.com/rash',
    new Response(bytes(pngBytes()), { headers: { 'content-type': 'application/pdf' } }),
  );
  served.set('https://files.oaiusercontent.com/program', new Response(bytes(exeBytes())));
  served.set(
    'https://files.oaiusercontent.com/huge',
    () => new Response(bytes(Buffer.alloc(CAP + 1))),
  );
  served.set(
    'https://files.oaiusercontent.com/moved',
    () => new Response(null, { status: 302, headers: { location: 'https://169.254.169.254/' } }),
  );
});
afterAll(() => t.close());

function bytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer);
}

function ref(name: string, path: string) {
  return { name, id: `file-${name}`, mime_type: 'application/pdf', download_link: path };
}

function createRecord(body: object) {
  return t.request.post('/v1/records').set('Authorization', alice.auth).send(body);
}

async function counts() {
  const [records] = await t.db('records').where('user_id', alice.id).count({ n: '*' });
  const [files] = await t.db('attachments').where('user_id', alice.id).count({ n: '*' });
  return { records: Number(records?.n), files: Number(files?.n) };
}

describe('createRecord with files shared in a ChatGPT conversation', () => {
  it('fetches each file and keeps it with the new record, typed by its bytes', async () => {
    const res = await createRecord({
      type: 'visit',
      title: 'Vet visit',
      openaiFileIdRefs: [
        ref('invoice.pdf', 'https://files.oaiusercontent.com/invoice'),
        ref('rash.pdf', 'https://files.oaiusercontent.com/rash'),
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const byName = (name: string) =>
      (res.body.attachments as { name: string; id: string }[]).find((a) => a.name === name);
    expect(res.body.attachments).toHaveLength(2);
    expect(byName('invoice.pdf')).toMatchObject({
      media_type: 'application/pdf',
      size: pdfBytes().length,
    });
    expect(byName('rash.pdf')).toMatchObject({ media_type: 'image/png', size: pngBytes().length });
    const got = await t.request
      .get(`/v1/attachments/${byName('rash.pdf')?.id}`)
      .set('Authorization', alice.auth)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(got.body as Buffer, pngBytes())).toBe(0);
    const record = await t.request
      .get(`/v1/records/${res.body.id}`)
      .set('Authorization', alice.auth);
    expect(record.body.attachments).toEqual(res.body.attachments);
  });

  it.each([
    [
      'a link that answers 404',
      'https://files.oaiusercontent.com/expired',
      422,
      'file_unavailable',
      /404/,
    ],
    [
      'a redirect (never followed)',
      'https://files.oaiusercontent.com/moved',
      422,
      'file_unavailable',
      /302/,
    ],
    ['an http link', 'http://files.oaiusercontent.com/invoice', 422, 'file_unavailable', /https/],
    [
      'A21: a host on a private address',
      'https://intranet.example/invoice',
      422,
      'file_unavailable',
      /private/,
    ],
    ['A21: a loopback address', 'https://127.0.0.1/invoice', 422, 'file_unavailable', /loopback/],
    ['a program', 'https://files.oaiusercontent.com/program', 415, 'unsupported_file_type', /PDF/],
    ['a file over the cap', 'https://files.oaiusercontent.com/huge', 413, 'file_too_large', /4 KB/],
  ])(
    'refuses %s with a clear problem and stores nothing, not even the record',
    async (_what, link, status, code, detail) => {
      const before = await counts();
      const res = await createRecord({
        type: 'visit',
        title: `Refused ${link}`,
        openaiFileIdRefs: [
          ref('invoice.pdf', 'https://files.oaiusercontent.com/invoice'),
          ref('second.pdf', link),
        ],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.code).toBe(code);
      expect(res.body.detail).toMatch(detail);
      expect(res.body.hint).toBeTruthy();
      expect(res.body.errors[0].pointer).toMatch(/^\/body\/openaiFileIdRefs\/1/);
      expect(await counts()).toEqual(before);
    },
  );

  it('A21: never sends a request to a private or loopback address', async () => {
    fetched.length = 0;
    await createRecord({
      type: 'note',
      openaiFileIdRefs: [
        ref('a.pdf', 'https://intranet.example/a'),
        ref('b.pdf', 'https://[::1]/b'),
      ],
    });
    expect(fetched).toEqual([]);
  });

  it('takes at most 10 files', async () => {
    const res = await createRecord({
      type: 'note',
      openaiFileIdRefs: Array.from({ length: 11 }, (_, i) =>
        ref(`${i}.pdf`, 'https://files.oaiusercontent.com/invoice'),
      ),
    });
    expect(res.status).toBe(400);
  });

  it('is refused per item by createRecords, which keeps no files', async () => {
    const res = await t.request
      .post('/v1/records/batch')
      .set('Authorization', alice.auth)
      .send({
        items: [
          { type: 'note', title: 'Batch note' },
          {
            type: 'note',
            title: 'Batch with a file',
            openaiFileIdRefs: [ref('a.pdf', 'https://files.oaiusercontent.com/invoice')],
          },
        ],
      });
    expect(res.status).toBe(200);
    expect(res.body.results[0].status).toBe(201);
    expect(res.body.results[1]).toMatchObject({
      status: 422,
      problem: { code: 'files_not_in_batch' },
    });
  });
});
