import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type Browser, signUpAs } from '../support/browser.ts';
import { addRecord, addSubject, apiKeyFor, postForm } from './people-helpers.ts';

let t: TestApp;
let b: Browser;
let other: Browser;
let api: string;
let luna: string;

interface Rec {
  id: string;
  type: string;
  value: number | null;
  unit: string | null;
  occurred_date: string;
  details: string | null;
}

beforeAll(async () => {
  // The real wall clock: the pages' "when" words are read against it.
  t = await createTestApp({ now: new Date().toISOString() });
  b = await signUpAs(t.app, 'care@example.com', 'Cara');
  other = await signUpAs(t.app, 'nosy@example.com', 'Nosy');
  api = await apiKeyFor(t.db, 'care@example.com');
  luna = await addSubject(b, { name: 'Luna', kind: 'pet', species: 'cat' });
});
afterAll(() => t.close());

const records = async (query: Record<string, string> = {}) =>
  (
    await t.request
      .get('/v1/records')
      .query({ subject_id: luna, limit: '100', ...query })
      .set('Authorization', api)
  ).body.items as Rec[];

const getRecord = (id: string) => t.request.get(`/v1/records/${id}`).set('Authorization', api);

describe('Adding a record', () => {
  it('stores what the form says and goes back to the profile', async () => {
    const res = await addRecord(b, luna, {
      type: 'weight',
      when: '2026-10-03',
      value_text: '4.2 kg',
      details: 'At the vet',
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/people/${luna}?added=1`);
    const [rec] = await records({ type: 'weight' });
    expect(rec).toMatchObject({
      type: 'weight',
      value: 4.2,
      unit: 'kg',
      occurred_date: '2026-10-03',
      details: 'At the vet',
    });
    const profile = await b.get(res.headers.location as string);
    expect(profile.text).toContain('Record added.');
    expect(profile.text).toContain(`<a href="/records/${rec?.id}">Weight</a>`);
  });

  it('A7: a post without the CSRF token is 403 and stores nothing', async () => {
    const before = (await records()).length;
    const res = await b
      .post(`/people/${luna}/records`)
      .type('form')
      .send({ type: 'note', details: 'x' });
    expect(res.status).toBe(403);
    expect((await records()).length).toBe(before);
  });

  it('keeps what was typed and says the problem in its words', async () => {
    const before = (await records()).length;
    const res = await addRecord(b, luna, {
      type: 'weight',
      when: 'the day the moon fell',
      value_text: '4.4 kg',
      details: 'Kept <this>',
    });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/<p role="alert">[^<]*the day the moon fell/);
    expect(res.text).toContain('value="the day the moon fell"');
    expect(res.text).toContain('value="4.4 kg"');
    expect(res.text).toContain('Kept &lt;this&gt;</textarea>');
    expect((await records()).length).toBe(before);
  });

  it('shows a suspected duplicate with a way to save it anyway', async () => {
    const fields = {
      type: 'vaccination',
      title: 'Rabies booster',
      when: '2026-09-01',
      next_due_text: 'in 1 year',
    };
    expect((await addRecord(b, luna, fields)).status).toBe(303);
    const again = await addRecord(b, luna, fields);
    expect(again.status).toBe(409);
    expect(again.text).toContain('<input type="hidden" name="confirm_duplicate" value="true">');
    expect(again.text).toContain('Save it anyway');
    expect(again.text).toContain('value="Rabies booster"');
    expect(again.text).toMatch(/Already in Tend: <a href="\/records\/[0-9a-f-]+">Rabies booster/);
    expect((await records({ type: 'vaccination' })).length).toBe(1);
    const anyway = await addRecord(b, luna, { ...fields, confirm_duplicate: 'true' });
    expect(anyway.status).toBe(303);
    expect((await records({ type: 'vaccination' })).length).toBe(2);
  });
});

describe('The care log', () => {
  it('filters by type and by dates, and marks the log as a live region', async () => {
    await addRecord(b, luna, { type: 'symptom', title: 'Sneezing', when: '2026-10-20' });
    const symptoms = await b.get(`/people/${luna}/care?type=symptom`);
    expect(symptoms.status).toBe(200);
    expect(symptoms.text).toContain('id="care-log" data-live-region');
    expect(symptoms.text).toContain('Sneezing');
    expect(symptoms.text).not.toContain('Rabies booster');
    expect(symptoms.text).toContain('<option value="symptom" selected>');
    const october = await b.get(`/people/${luna}/care?from=2026-10-01&to=2026-10-31`);
    expect(october.text).toContain('Sneezing');
    expect(october.text).toContain('4.2 kg');
    expect(october.text).not.toContain('Rabies booster');
    expect(october.text).toContain('value="2026-10-01"');
  });

  it('says a bad date filter in the problem words and keeps it', async () => {
    const res = await b.get(`/people/${luna}/care?from=2026-13-45`);
    expect(res.status).toBe(422);
    expect(res.text).toContain(
      '<p role="alert">Please check From: missing, or not in a form Tend can read.</p>',
    );
    expect(res.text).toContain('value="2026-13-45"');
  });

  it('pages: older records behind a link, with the filter kept', async () => {
    const items = Array.from({ length: 22 }, (_, i) => ({
      subject_id: luna,
      type: 'note',
      title: `Note ${i + 1}`,
      when: `2025-01-${String(i + 1).padStart(2, '0')}`,
    }));
    const batch = await t.request
      .post('/v1/records/batch')
      .set('Authorization', api)
      .send({ items });
    expect(batch.body.succeeded).toBe(22);
    const first = await b.get(`/people/${luna}/care?type=note`);
    expect(first.text).toContain('Note 22');
    expect(first.text).not.toContain('>Note 2<');
    const older = /href="(\/people\/[^"]+\/care\?type=note&amp;cursor=[^"]+)">Older records/.exec(
      first.text,
    );
    const olderHref = older?.[1] ?? '';
    expect(olderHref).not.toBe('');
    const second = await b.get(olderHref.replace(/&amp;/g, '&'));
    expect(second.status).toBe(200);
    expect(second.text).toContain('>Note 1<');
    expect(second.text).toContain('>Note 2<');
    expect(second.text).not.toContain('Note 22');
    expect(second.text).not.toContain('Older records');
  });
});

describe('A record page', () => {
  it('corrects only what changed: the day stays when the value is corrected', async () => {
    const res = await addRecord(b, luna, {
      type: 'weight',
      when: '2026-11-02',
      value_text: '4.5 kg',
    });
    expect(res.status).toBe(303);
    const rec = (await records({ type: 'weight' })).find((r) => r.value === 4.5) as Rec;
    const page = await b.get(`/records/${rec.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('value="4.5 kg"');
    expect(page.text).toContain('value="2026-11-02"');
    // The record's files are on its page, and their forms come back to it.
    expect(page.text).toContain(`action="/records/${rec.id}/attachments"`);
    expect(page.text).toContain(`name="return_to" value="/records/${rec.id}"`);
    const saved = await postForm(b, `/records/${rec.id}`, `/records/${rec.id}`, {
      type: 'weight',
      title: 'Weight',
      when: '2026-11-02',
      value_text: '4.6 kg',
      metric: '',
      next_due_text: '',
      details: '',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe(`/records/${rec.id}?saved=1`);
    const after = (await getRecord(rec.id)).body as Rec;
    expect(after).toMatchObject({ value: 4.6, unit: 'kg', occurred_date: '2026-11-02' });
    expect((await b.get(saved.headers.location as string)).text).toContain('Saved.');
  });

  it('keeps a refused correction as typed, with the problem', async () => {
    const rec = (await records({ type: 'weight' }))[0] as Rec;
    const res = await postForm(b, `/records/${rec.id}`, `/records/${rec.id}`, {
      type: 'weight',
      title: 'Weight',
      when: 'when pigs fly',
      value_text: '5 kg',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('role="alert"');
    expect(res.text).toContain('value="when pigs fly"');
    expect(res.text).toContain('value="5 kg"');
    expect(((await getRecord(rec.id)).body as Rec).value).toBe(rec.value);
  });

  it('A7: a delete without the CSRF token is 403 and deletes nothing', async () => {
    const rec = (await records())[0] as Rec;
    const res = await b.post(`/records/${rec.id}/delete`).type('form').send({});
    expect(res.status).toBe(403);
    expect((await getRecord(rec.id)).status).toBe(200);
  });

  it('deletes, then shows the care log it was in', async () => {
    const rec = (await records({ type: 'symptom' }))[0] as Rec;
    const res = await postForm(b, `/records/${rec.id}`, `/records/${rec.id}/delete`, {});
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/people/${luna}/care?deleted=1`);
    expect((await getRecord(rec.id)).status).toBe(404);
    expect((await b.get(res.headers.location as string)).text).toContain('Record deleted.');
  });

  it("R3: another person's record answers 404 and is left alone", async () => {
    const rec = (await records())[0] as Rec;
    expect((await other.get(`/records/${rec.id}`)).status).toBe(404);
    const edit = await postForm(other, '/people/new', `/records/${rec.id}`, {
      type: 'note',
      details: 'mine now',
    });
    expect(edit.status).toBe(404);
    const del = await postForm(other, '/people/new', `/records/${rec.id}/delete`, {});
    expect(del.status).toBe(404);
    const add = await postForm(other, '/people/new', `/people/${luna}/records`, { type: 'note' });
    expect(add.status).toBe(404);
    expect((await getRecord(rec.id)).body).toMatchObject({ id: rec.id, details: rec.details });
    expect((await other.get('/records/nope')).status).toBe(404);
  });
});

describe('The chart on the profile', () => {
  it("shows getTrend's numbers as a table, and the same points for the chart", async () => {
    const page = await b.get(`/people/${luna}?bucket=day`);
    const trend = (
      await t.request
        .get('/v1/trends')
        .query({ subject_id: luna, metric: 'weight', bucket: 'day' })
        .set('Authorization', api)
    ).body as { series: { bucket_start: string; avg: number; n: number }[]; unit: string };
    expect(trend.series.length).toBeGreaterThanOrEqual(2);
    const rows = [
      ...page.text.matchAll(
        /<tr><td><time datetime="([^"]+)">[^<]*<\/time><\/td><td>([^<]+)<\/td><td>([^<]*)<\/td>/g,
      ),
    ].map((m) => ({ date: m[1], value: Number(m[2]), unit: m[3] }));
    expect(rows).toEqual(
      trend.series.map((p) => ({ date: p.bucket_start, value: p.avg, unit: trend.unit })),
    );
    const points = /data-points="([^"]+)"/.exec(page.text)?.[1]?.replace(/&quot;/g, '"');
    expect(JSON.parse(points as string)).toEqual(
      trend.series.map((p) => ({ date: p.bucket_start, value: p.avg })),
    );
    expect(page.text).toContain('id="trend-data" data-live-region');
    expect(page.text).toMatch(
      /class="trend-chart" hidden role="img" aria-label="Luna: weight from/,
    );
    expect(page.text).toContain('<link rel="stylesheet" href="/assets/js/trend-chart.css">');
    expect(page.text).toContain('<script src="/assets/js/trend-chart.js" defer></script>');
  });

  it('offers each measured value the subject has, and follows the one chosen', async () => {
    expect(
      (
        await addRecord(b, luna, {
          type: 'measurement',
          metric: 'temperature',
          value_text: '38.6 °C',
          when: '2026-11-10',
        })
      ).status,
    ).toBe(303);
    const page = await b.get(`/people/${luna}?metric=temperature`);
    expect(page.text).toContain('<option value="weight">Weight</option>');
    expect(page.text).toContain('<option value="temperature" selected>temperature</option>');
    expect(page.text).toMatch(/<td>38\.6<\/td><td>°C<\/td>/);
  });
});
