import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SCOPES } from '../../src/auth/principal.ts';
import { seedDemoHousehold } from '../../src/cli/seed-demo.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import {
  type Browser,
  browser,
  csrfTokenOf,
  hiddenFieldsOf,
  signUpAs,
} from '../support/browser.ts';

/** The Your data page as a browser without JavaScript uses it (docs/security.md A7, R13). */
describe('Your data (/account/data)', () => {
  let t: TestApp;
  let source: string;
  let web: Browser;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
    const a = await t.createUser({ scopes: [...ALL_SCOPES] });
    await seedDemoHousehold(t.db, a, t.clock.now());
    source = (await t.request.get('/v1/account/export').set('Authorization', a.auth)).text;
    web = await signUpAs(t.app, 'web@example.com', 'Robin');
  });
  afterAll(() => t.close());

  const page = async (b: Browser = web) => {
    const res = await b.get('/account/data');
    expect(res.status).toBe(200);
    return res.text;
  };
  const exportOf = async (b: Browser) => {
    const res = await b.get('/account/data/export.json');
    expect(res.status).toBe(200);
    return res;
  };

  it('sends a signed-out visitor to sign in first', async () => {
    const res = await browser(t.app).get('/account/data');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/signin?return_to=%2Faccount%2Fdata');
  });

  it('A7: refuses every form without the page’s CSRF token, and does nothing', async () => {
    const before = (await exportOf(web)).text;
    const stranger = browser(t.app);
    for (const action of ['/account/data/import', '/account/data/records/preview']) {
      const res = await web.post(action).attach('file', Buffer.from(source), 'tend.json');
      expect(res.status).toBe(403);
      // Another browser's token is no better.
      const other = await stranger.get('/signin');
      const withOther = await web
        .post(action)
        .field('csrf_token', csrfTokenOf(other.text))
        .attach('file', Buffer.from(source), 'tend.json');
      expect(withOther.status).toBe(403);
    }
    const create = await web.post('/account/data/records/create').type('form').send({ rows: 'x' });
    expect(create.status).toBe(403);
    expect((await exportOf(web)).text).toBe(before);
  });

  it('says clearly when the file is not a Tend file, keeping nothing', async () => {
    const csrf = csrfTokenOf(await page());
    const send = (bytes: Buffer, name: string) =>
      web.post('/account/data/import').field('csrf_token', csrf).attach('file', bytes, name);
    const notJson = await send(Buffer.from('date,name\n2026-01-01,Luna\n'), 'weights.csv');
    expect(notJson.status).toBe(422);
    expect(notJson.text).toContain('This file is not a Tend file: it is not JSON.');
    const otherJson = await send(Buffer.from('{"hello":"world"}'), 'other.json');
    expect(otherJson.status).toBe(422);
    expect(otherJson.text).toContain('This file is not a Tend file.');
    const picture = await send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'luna.png');
    expect(picture.status).toBe(422);
    expect(picture.text).toContain('not a text file');
    const nothing = await web.post('/account/data/import').field('csrf_token', csrf);
    expect(nothing.status).toBe(422);
    expect(nothing.text).toContain('Choose a file first.');
  });

  it('imports a Tend file from the page, and exports it back byte for byte', async () => {
    const csrf = csrfTokenOf(await page());
    const res = await web
      .post('/account/data/import')
      .field('csrf_token', csrf)
      .attach('file', Buffer.from(source), 'tend-export.json');
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/account\/data\?imported=/);
    const done = await web.get(res.headers.location as string);
    expect(done.text).toMatch(/Imported: 3 other people and pets, \d+ tasks and \d+ records\./);
    const download = await exportOf(web);
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="tend-export-2026-11-22.json"',
    );
    expect(download.text).toBe(source);
    // A second time, the account has data: refused, in words, and nothing changes.
    const again = await web
      .post('/account/data/import')
      .field('csrf_token', csrf)
      .attach('file', Buffer.from(source), 'tend-export.json');
    expect(again.status).toBe(409);
    expect(again.text).toContain('an import goes only into an empty account');
    expect((await exportOf(web)).text).toBe(source);
  });

  it('downloads one type of record as a spreadsheet in the person’s zone', async () => {
    const html = await page();
    expect(html).toContain('href="/account/data/records/weights.csv"');
    const res = await web.get('/account/data/records/weights.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="tend-weights-2026-11-22.csv"',
    );
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'Date,Time,Name,Type,Title,Value,Unit,What was measured,As written,Next due,Tags,Notes',
    );
    const doc = JSON.parse(source);
    expect(lines).toHaveLength(
      1 + doc.records.filter((r: { type: string }) => r.type === 'weight').length,
    );
    expect(
      lines
        .slice(1)
        .every((line) =>
          /^\d{4}-\d{2}-\d{2},(\d{2}:\d{2})?,(Luna|Max|Sam|Robin|User \d+),weight,/.test(line),
        ),
    ).toBe(true);
    expect((await web.get('/account/data/records/unknown.csv')).status).toBe(404);
  });

  it('previews a spreadsheet, creates exactly the rows shown, and refuses a changed preview', async () => {
    const countRecords = async () => JSON.parse((await exportOf(web)).text).records.length;
    const before = await countRecords();
    const csrf = csrfTokenOf(await page());
    const csv = [
      'date,name,type,value,unit,notes',
      '2026-11-01,Luna,weight,4.4,kg,From the spreadsheet',
      '2 November 2026,Max,weight,31,lb,',
      '2026-11-03,Nobody,weight,4,kg,',
      '2026-11-04,me,symptom,,,Headache',
    ].join('\n');
    const preview = await web
      .post('/account/data/records/preview')
      .field('csrf_token', csrf)
      .attach('file', Buffer.from(csv), 'records.csv');
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('To be added (3)');
    expect(preview.text).toContain('Cannot be added (1)');
    expect(preview.text).toContain('no person or pet is called “Nobody”');
    expect(preview.text).toContain(
      '<td data-label="Who">Max</td><td data-label="Type">weight</td><td data-label="Title">Weight</td><td data-label="Value">14.061 kg</td>',
    );
    expect(await countRecords()).toBe(before);

    const fields = hiddenFieldsOf(
      preview.text.slice(preview.text.indexOf('action="/account/data/records/create"')),
    );
    const rows = fields.rows as string;
    // The rows are sealed: changed by one character, nothing is created.
    const tampered = `${rows.slice(0, 10)}${rows[10] === 'A' ? 'B' : 'A'}${rows.slice(11)}`;
    const refused = await web
      .post('/account/data/records/create')
      .type('form')
      .send({ csrf_token: fields.csrf_token, rows: tampered });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('That preview has expired or was changed');
    // Another person's session cannot use it either.
    const other = await signUpAs(t.app, 'other@example.com');
    const otherCsrf = csrfTokenOf(await page(other));
    const stolen = await other
      .post('/account/data/records/create')
      .type('form')
      .send({ csrf_token: otherCsrf, rows });
    expect(stolen.status).toBe(422);
    expect(await countRecords()).toBe(before);

    const created = await web
      .post('/account/data/records/create')
      .type('form')
      .send({ csrf_token: fields.csrf_token, rows });
    expect(created.status).toBe(303);
    expect((await web.get(created.headers.location as string)).text).toContain('Added 3 records.');
    const doc = JSON.parse((await exportOf(web)).text);
    expect(doc.records.length).toBe(before + 3);
    const fromSheet = doc.records.find(
      (r: { details: string | null }) => r.details === 'From the spreadsheet',
    );
    expect(fromSheet).toMatchObject({
      type: 'weight',
      value: 4.4,
      unit: 'kg',
      occurred_on: '2026-11-01',
    });
  });

  it('says why a spreadsheet cannot be read, beside its form', async () => {
    const csrf = csrfTokenOf(await page());
    const res = await web
      .post('/account/data/records/preview')
      .field('csrf_token', csrf)
      .attach('file', Buffer.from('date,name\n'), 'empty.csv');
    expect(res.status).toBe(422);
    expect(res.text).toContain('This file has no rows to import.');
    expect(res.text).toContain('id="csv-problem"');
  });
});
