import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApp, type DemoApp } from '../support/demo.ts';

let d: DemoApp;
let pip: string;

beforeAll(async () => {
  d = await createDemoApp();
  const res = await d.t.request
    .post('/v1/subjects')
    .set('Authorization', d.user.auth)
    .send({ name: 'Pip', species: 'rabbit' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  pip = res.body.id;
  // A known series: 1 kg more every 30 days, all in winter time (no clock change between).
  for (const [when, kg] of [
    ['2025-11-01', 10],
    ['2025-12-01', 11],
    ['2025-12-31', 12],
  ] as const) {
    const created = await d.t.request
      .post('/v1/records')
      .set('Authorization', d.user.auth)
      .send({ subject_id: pip, type: 'weight', when, value_text: `${kg} kg` });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
});
afterAll(() => d.t.close());

describe('getTrend', () => {
  it('computes change, percentage and least-squares slope of a known series', async () => {
    const trend = await d.get(
      `/v1/trends?subject_id=${pip}&metric=weight&from=2025-11-01&to=2025-12-31&bucket=month`,
    );
    expect(trend).toMatchObject({
      subject_name: 'Pip',
      metric: 'weight',
      counting: false,
      unit: 'kg',
      from: '2025-11-01',
      to: '2025-12-31',
      bucket: 'month',
      series: [
        { bucket_start: '2025-11-01', n: 1, avg: 10, min: 10, max: 10 },
        { bucket_start: '2025-12-01', n: 2, avg: 11.5, min: 11, max: 12 },
      ],
      first: { value: 10, unit: 'kg', date: '2025-11-01' },
      last: { value: 12, unit: 'kg', date: '2025-12-31' },
      change: 2,
      change_pct: 20,
      // 1 kg per 30 days is 30.436875 / 30 = 1.0146 kg per average month.
      slope_per_month: 1.015,
    });
    expect(trend.notes).toEqual([
      "3 readings of Pip's weight between 2025-11-01 and 2025-12-31, 0 in the last 90 days.",
      'It went from 10 kg on 2025-11-01 to 12 kg on 2025-12-31 (+2 kg, +20%).',
      'Trend: +1.015 kg per month.',
    ]);
  });

  it('follows Luna’s demo weights over the default year, by month', async () => {
    const trend = await d.get(`/v1/trends?subject_id=${d.ids.Luna}&metric=weight`);
    expect(trend).toMatchObject({
      from: '2025-11-22',
      to: '2026-11-22',
      bucket: 'month',
      first: { value: 3.921, date: '2025-11-23' },
      last: { value: 4.4, date: '2026-11-22' },
      change: 0.479,
      change_pct: 12.2,
      slope_per_month: 0.042,
    });
    expect(trend.series).toHaveLength(13);
    expect(trend.series.at(-1)).toEqual({
      bucket_start: '2026-11-01',
      n: 2,
      avg: 4.384,
      min: 4.368,
      max: 4.4,
    });
    expect(trend.series.reduce((sum: number, p: { n: number }) => sum + p.n, 0)).toBe(27);
    expect(trend.notes[0]).toBe(
      "27 readings of Luna's weight between 2025-11-22 and 2026-11-22, 7 in the last 90 days.",
    );
  });

  it('buckets by week starting Monday by default for a quarter', async () => {
    const trend = await d.get(`/v1/trends?subject_id=${d.ids.Max}&metric=weight&from=2026-09-01`);
    expect(trend.bucket).toBe('week');
    expect(trend.series[0]).toEqual({
      bucket_start: '2026-09-07',
      n: 1,
      avg: 14.3,
      min: 14.3,
      max: 14.3,
    });
    expect(trend.series.map((p: { bucket_start: string }) => p.bucket_start)).toEqual([
      '2026-09-07',
      '2026-09-21',
      '2026-10-05',
      '2026-10-19',
      '2026-11-02',
      '2026-11-16',
    ]);
    expect(trend).toMatchObject({ change: -0.1, change_pct: -0.7, slope_per_month: -0.094 });
  });

  it('answers a single reading and an empty series without NaN', async () => {
    const one = await d.get(`/v1/trends?subject_id=${d.ids.Sam}&metric=temp`);
    expect(one).toMatchObject({
      metric: 'temperature',
      unit: '°C',
      series: [{ bucket_start: '2026-11-01', n: 1, avg: 38.4, min: 38.4, max: 38.4 }],
      first: { value: 38.4, date: '2026-11-04' },
      last: { value: 38.4, date: '2026-11-04' },
      change: null,
      change_pct: null,
      slope_per_month: null,
    });
    expect(one.notes).toEqual([
      "1 reading of Sam's temperature between 2025-11-22 and 2026-11-22, 1 in the last 90 days.",
      'The only reading: 38.4 °C on 2026-11-04; a trend needs two.',
    ]);
    const none = await d.get(`/v1/trends?subject_id=${d.ids.Luna}&metric=temperature`);
    expect(none).toMatchObject({
      series: [],
      first: null,
      last: null,
      change: null,
      slope_per_month: null,
    });
    expect(none.notes).toEqual([
      'No temperature recorded for Luna between 2025-11-22 and 2026-11-22.',
    ]);
    expect(JSON.stringify([one, none])).not.toMatch(/NaN|Infinity/);
  });

  it('counts records of a type', async () => {
    const trend = await d.get(`/v1/trends?subject_id=${d.ids.Max}&metric=symptoms`);
    expect(trend).toMatchObject({
      metric: 'symptom',
      counting: true,
      unit: null,
      series: [{ bucket_start: '2026-10-01', n: 1, avg: null, min: null, max: null }],
      first: null,
      change: null,
      slope_per_month: null,
    });
    expect(trend.notes).toEqual([
      '1 symptom record for Max between 2025-11-22 and 2026-11-22.',
      '1 in the last 90 days.',
    ]);
    const shots = await d.get(`/v1/trends?subject_id=${d.ids.Max}&metric=shots&bucket=month`);
    expect(shots.series.map((p: { n: number }) => p.n)).toEqual([1, 1]);
  });

  it('leaves out deleted readings', async () => {
    const [last] = await d.t
      .db('records')
      .where({ subject_id: pip, type: 'weight' })
      .orderBy('occurred_at', 'desc')
      .limit(1);
    await d.t.db('records').where({ id: last.id }).update({ deleted_at: d.t.clock.now() });
    try {
      const trend = await d.get(
        `/v1/trends?subject_id=${pip}&metric=weight&from=2025-11-01&to=2025-12-31`,
      );
      expect(trend).toMatchObject({ change: 1, change_pct: 10 });
    } finally {
      await d.t.db('records').where({ id: last.id }).update({ deleted_at: null });
    }
  });

  it.each([
    ['from after to', `metric=weight&from=2026-11-02&to=2026-11-01`, 422],
    ['an unknown subject', 'metric=weight&subject_id=00000000-0000-4000-8000-000000000000', 404],
  ])('refuses %s', async (_name, query, status) => {
    const subject = query.includes('subject_id') ? '' : `subject_id=${d.ids.Luna}&`;
    const res = await d.t.request
      .get(`/v1/trends?${subject}${query}`)
      .set('Authorization', d.user.auth);
    expect(res.status).toBe(status);
  });

  it('answers a misspelt metric with 422, the subject’s metrics and the closest one', async () => {
    const res = await d.t.request
      .get(`/v1/trends?subject_id=${d.ids.Max}&metric=weigth`)
      .set('Authorization', d.user.auth);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'unknown_metric',
      detail:
        'Tend has no metric "weigth" for Max. Measured: weight; counted: medication, other, symptom, vaccination, visit.',
      allowed: ['weight', 'medication', 'other', 'symptom', 'vaccination', 'visit'],
      errors: [{ pointer: '/query/metric', reason: 'is not a metric of Max' }],
    });
    expect(res.body.hint).toMatch(/^Did the user mean "weight"\? If so, call getTrend again/);
    const sam = await d.t.request
      .get(`/v1/trends?subject_id=${d.ids.Sam}&metric=temprature`)
      .set('Authorization', d.user.auth);
    expect(sam.status).toBe(422);
    expect(sam.body.allowed).toEqual(['temperature', 'symptom']);
    expect(sam.body.hint).toMatch(/"temperature"/);
    const far = await d.t.request
      .get(`/v1/trends?subject_id=${d.ids.Sam}&metric=happiness`)
      .set('Authorization', d.user.auth);
    expect(far.status).toBe(422);
    expect(far.body.hint).toBe(
      'Ask the user which of temperature, symptom they mean, then call getTrend again with it.',
    );
  });

  it('follows a metric under any name the subject’s measurements were stored with', async () => {
    const made = await d.t.request.post('/v1/records').set('Authorization', d.user.auth).send({
      subject_id: pip,
      type: 'measurement',
      metric: 'ear mites',
      value: 3,
      when: '2025-12-02',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    try {
      const trend = await d.get(
        `/v1/trends?subject_id=${pip}&metric=ear%20mites&from=2025-11-01&to=2025-12-31`,
      );
      expect(trend).toMatchObject({ metric: 'ear_mites', series: [{ n: 1, avg: 3 }] });
      // Known to Tend but never measured for Luna: an empty trend, not a 422.
      const none = await d.get(`/v1/trends?subject_id=${d.ids.Luna}&metric=height`);
      expect(none).toMatchObject({ metric: 'height', series: [] });
    } finally {
      await d.t.db('records').where({ id: made.body.id }).delete();
    }
  });
});
