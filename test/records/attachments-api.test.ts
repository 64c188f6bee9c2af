import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeDeleted } from '../../src/db/purge-deleted.ts';
import { createTestApp, PUBLIC_URL, type TestApp, type TestUser } from '../support/app.ts';
import { exeBytes, htmlBytes, pdfBytes, pngBytes } from './files.ts';

const CAP = 4096;

let t: TestApp;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z', attachmentMaxBytes: CAP });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
  bob = await t.createUser();
});
afterAll(() => t.close());

async function newRecord(user = alice): Promise<string> {
  const res = await t.request
    .post('/v1/records')
    .set('Authorization', user.auth)
    .send({ type: 'visit', title: `Vet visit ${Math.random()}` });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

function upload(recordId: string, name: string, bytes: Buffer, type = 'application/octet-stream') {
  return t.request
    .post(`/v1/records/${recordId}/attachments`)
    .query({ name })
    .set('Authorization', alice.auth)
    .set('Content-Type', type)
    .send(bytes);
}

/** Downloads as bytes, whatever the type. */
function download(id: string, user = alice) {
  return t.request
    .get(`/v1/attachments/${id}`)
    .set('Authorization', user.auth)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

async function storedCount(recordId: string): Promise<number> {
  const [row] = await t.db('attachments').where('record_id', recordId).count({ n: '*' });
  return Number(row?.n);
}

describe('files on a record', () => {
  it('are uploaded, listed on getRecord, downloaded as they were, and deleted', async () => {
    const recordId = await newRecord();
    const pdf = pdfBytes();
    const res = await upload(recordId, 'Rechnung März.pdf', pdf);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Rechnung März.pdf',
      media_type: 'application/pdf',
      size: pdf.length,
      created_at: '2026-11-22T10:00:00.000+01:00',
      download_url: `${PUBLIC_URL}/v1/attachments/${res.body.id}`,
    });
    expect(res.headers.location).toBe(res.body.download_url);

    const record = await t.request.get(`/v1/records/${recordId}`).set('Authorization', alice.auth);
    expect(record.body.attachments).toEqual([res.body]);

    const got = await download(res.body.id);
    expect(got.status).toBe(200);
    expect(Buffer.compare(got.body as Buffer, pdf)).toBe(0);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="Rechnung M_rz.pdf"; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf`,
    );
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['cache-control']).toBe('private, no-store');

    const gone = await t.request
      .delete(`/v1/attachments/${res.body.id}`)
      .set('Authorization', alice.auth);
    expect(gone.status).toBe(204);
    expect((await download(res.body.id)).status).toBe(404);
    const after = await t.request.get(`/v1/records/${recordId}`).set('Authorization', alice.auth);
    expect(after.body.attachments).toEqual([]);
  });

  it('are typed by their bytes: a PNG named .pdf and sent as a PDF is kept and served as a PNG', async () => {
    const recordId = await newRecord();
    const res = await upload(recordId, 'invoice.pdf', pngBytes(), 'application/pdf');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.media_type).toBe('image/png');
    const got = await download(res.body.id);
    expect(got.headers['content-type']).toBe('image/png');
  });

  it.each([
    ['a program', 'setup.exe', exeBytes(), 'application/octet-stream'],
    ['an HTML page', 'photo.jpg', htmlBytes(), 'image/jpeg'],
    ['JSON', 'data.json', Buffer.from('{"a":1}'), 'application/json'],
    ['nothing at all', 'empty.pdf', Buffer.alloc(0), 'application/pdf'],
  ])('refuse %s with 415 and keep nothing', async (_what, name, bytes, type) => {
    const recordId = await newRecord();
    const res = await upload(recordId, name, bytes, type);
    expect(res.status, JSON.stringify(res.body)).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'unsupported_file_type', status: 415 });
    expect(res.body.hint).toBeTruthy();
    expect(await storedCount(recordId)).toBe(0);
  });

  it('refuse a file over the cap with 413 and keep nothing (R5)', async () => {
    const recordId = await newRecord();
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(CAP)]);
    const res = await upload(recordId, 'scan.pdf', big);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      code: 'file_too_large',
      detail: expect.stringContaining('4 KB'),
    });
    expect(await storedCount(recordId)).toBe(0);
    // Just under the cap is kept.
    const fits = Buffer.concat([pdfBytes(), Buffer.alloc(CAP - pdfBytes().length)]);
    expect((await upload(recordId, 'scan.pdf', fits)).status).toBe(201);
  });

  it('need a name, and keep it without any path', async () => {
    const recordId = await newRecord();
    const unnamed = await t.request
      .post(`/v1/records/${recordId}/attachments`)
      .set('Authorization', alice.auth)
      .set('Content-Type', 'application/octet-stream')
      .send(pdfBytes());
    expect(unnamed.status).toBe(400);
    const pathy = await upload(recordId, '../../etc/invoice.pdf', pdfBytes());
    expect(pathy.body.name).toBe('invoice.pdf');
  });

  it('R3: another person’s file and record answer 404, and nothing of theirs changes', async () => {
    const recordId = await newRecord();
    const mine = await upload(recordId, 'invoice.pdf', pdfBytes());
    expect((await download(mine.body.id, bob)).status).toBe(404);
    const deleted = await t.request
      .delete(`/v1/attachments/${mine.body.id}`)
      .set('Authorization', bob.auth);
    expect(deleted.status).toBe(404);
    const onto = await t.request
      .post(`/v1/records/${recordId}/attachments`)
      .query({ name: 'x.pdf' })
      .set('Authorization', bob.auth)
      .set('Content-Type', 'application/pdf')
      .send(pdfBytes());
    expect(onto.status).toBe(404);
    expect(await storedCount(recordId)).toBe(1);
    expect((await download(mine.body.id)).status).toBe(200);
  });

  it('need records:read to download and records:write to upload or delete (R6)', async () => {
    const reader = await t.createUser({ scopes: ['records:read'] });
    const recordId = await newRecord();
    const res = await t.request
      .post(`/v1/records/${recordId}/attachments`)
      .query({ name: 'x.pdf' })
      .set('Authorization', reader.auth)
      .set('Content-Type', 'application/pdf')
      .send(pdfBytes());
    expect(res.status).toBe(403);
  });

  it('hide with their soft-deleted record, come back with the undo, and go when it is purged', async () => {
    const recordId = await newRecord();
    const file = await upload(recordId, 'invoice.pdf', pdfBytes());
    await t.request.delete(`/v1/records/${recordId}`).set('Authorization', alice.auth).expect(204);
    expect((await download(file.body.id)).status).toBe(404);
    expect(
      (await t.request.delete(`/v1/attachments/${file.body.id}`).set('Authorization', alice.auth))
        .status,
    ).toBe(404);
    const activity = await t.request.get('/v1/activity').set('Authorization', alice.auth);
    const entry = activity.body.items.find(
      (e: { entity_id?: string; operation: string }) =>
        e.entity_id === recordId && e.operation === 'delete',
    );
    expect(entry, JSON.stringify(activity.body.items[0])).toBeDefined();
    await t.request
      .post(`/v1/activity/${entry.id}/undo`)
      .set('Authorization', alice.auth)
      .expect(200);
    expect((await download(file.body.id)).status).toBe(200);

    await t.request.delete(`/v1/records/${recordId}`).set('Authorization', alice.auth).expect(204);
    t.clock.advance(31 * 24 * 60 * 60 * 1000);
    await purgeDeleted(t.db, 'records', t.clock.now());
    expect(await storedCount(recordId)).toBe(0);
  });

  it('go with their owner’s account', async () => {
    const carol = await t.createUser();
    const res = await t.request
      .post('/v1/records')
      .set('Authorization', carol.auth)
      .send({ type: 'note', title: 'Rash photo' });
    const up = await t.request
      .post(`/v1/records/${res.body.id}/attachments`)
      .query({ name: 'rash.png' })
      .set('Authorization', carol.auth)
      .set('Content-Type', 'image/png')
      .send(pngBytes());
    expect(up.status).toBe(201);
    await t.db('users').where('id', carol.id).delete();
    expect(await t.db('attachments').where('user_id', carol.id).first()).toBeUndefined();
  });
});

describe('the contract as published', () => {
  it('keeps file operations out of the Custom GPT Action and declares openaiFileIdRefs as ChatGPT documents it', async () => {
    const res = await t.request.get('/actions/openapi.yaml');
    const { parse } = await import('yaml');
    const action = parse(res.text);
    expect(Object.keys(action.paths).filter((p) => p.includes('attachments'))).toEqual([]);
    const property = action.components.schemas.RecordCreate.properties.openaiFileIdRefs;
    expect(property).toMatchObject({ type: 'array', maxItems: 10, items: { type: 'string' } });
    expect(action.components.schemas.OpenAiFileRef).toBeUndefined();
    // The whole contract keeps the objects the API validates.
    const whole = parse((await t.request.get('/openapi.yaml')).text);
    expect(whole.components.schemas.RecordCreate.properties.openaiFileIdRefs.items).toEqual({
      $ref: '#/components/schemas/OpenAiFileRef',
    });
  });
});
