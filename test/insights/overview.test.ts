import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApp, type DemoApp } from '../support/demo.ts';

let d: DemoApp;

beforeAll(async () => {
  d = await createDemoApp();
});
afterAll(() => d.t.close());

const reading = (value: number, date: string) => ({
  value,
  unit: 'kg',
  date,
  record_id: expect.any(String),
});

describe('getOverview on the demo household (Sunday 2026-11-22, Berlin)', () => {
  it('gives each active subject its latest weight and the change over 30 and 90 days', async () => {
    const overview = await d.get('/v1/overview');
    expect(overview.today).toBe('2026-11-22');
    expect(overview.subjects).toEqual([
      {
        id: d.ids.me,
        name: d.user.display_name,
        kind: 'person',
        species: null,
        latest_weight: reading(79, '2026-11-20'),
        change_30_days: { change: -0.3, since: reading(79.3, '2026-10-21') },
        change_90_days: { change: -0.6, since: reading(79.6, '2026-08-22') },
      },
      {
        id: d.ids.Luna,
        name: 'Luna',
        kind: 'pet',
        species: 'cat',
        latest_weight: reading(4.4, '2026-11-22'),
        change_30_days: { change: 0.093, since: reading(4.307, '2026-10-11') },
        change_90_days: { change: 0.183, since: reading(4.217, '2026-08-16') },
      },
      {
        id: d.ids.Max,
        name: 'Max',
        kind: 'pet',
        species: 'dog',
        latest_weight: reading(14.2, '2026-11-21'),
        change_30_days: { change: 0, since: reading(14.2, '2026-10-10') },
        change_90_days: { change: -0.2, since: reading(14.4, '2026-08-15') },
      },
      {
        id: d.ids.Sam,
        name: 'Sam',
        kind: 'person',
        species: null,
        latest_weight: null,
        change_30_days: null,
        change_90_days: null,
      },
    ]);
  });

  it('lists what is due in 30 days, open tasks due this week, and the 5 latest records', async () => {
    const overview = await d.get('/v1/overview');
    expect(overview.care_due).toEqual([
      {
        record_id: expect.any(String),
        subject_id: d.ids.Max,
        subject_name: 'Max',
        type: 'vaccination',
        title: 'Rabies',
        last_given: '2025-12-17',
        next_due: '2026-12-17',
        days_until: 25,
        overdue: false,
      },
    ]);
    expect(overview.tasks_due_soon.total).toBe(2);
    expect(overview.tasks_due_soon.items.map((t: { title: string }) => t.title)).toEqual([
      'Buy cat food',
      'Refill ibuprofen',
    ]);
    expect(overview.tasks_overdue).toEqual({ total: 0, items: [] });
    expect(
      overview.latest_records.map(
        (r: { title: string; subject_name: string }) => `${r.subject_name}: ${r.title}`,
      ),
    ).toEqual([
      'Luna: Weight',
      'Max: Bravecto (flea and tick)',
      'Max: Weight',
      `${d.user.display_name}: Weight`,
      `${d.user.display_name}: Ibuprofen`,
    ]);
  });

  it('narrows everything to one subject', async () => {
    const overview = await d.get(`/v1/overview?subject_id=${d.ids.Luna}`);
    expect(overview.subjects.map((s: { name: string }) => s.name)).toEqual(['Luna']);
    expect(overview.care_due).toEqual([]);
    expect(overview.tasks_due_soon.items.map((t: { title: string }) => t.title)).toEqual([
      'Buy cat food',
    ]);
    expect(
      new Set(overview.latest_records.map((r: { subject_name: string }) => r.subject_name)),
    ).toEqual(new Set(['Luna']));
  });

  it('leaves out the parts a token may not read', async () => {
    const tasksOnly = await d.t.createUser({ scopes: ['tasks:read'] });
    const overview = await d.get('/v1/overview', tasksOnly);
    expect(overview).toMatchObject({ subjects: null, care_due: null, latest_records: null });
    expect(overview.tasks_due_soon).toEqual({ total: 0, items: [] });
    const recordsOnly = await d.t.createUser({ scopes: ['records:read'] });
    const other = await d.get('/v1/overview', recordsOnly);
    expect(other).toMatchObject({ tasks_due_soon: null, tasks_overdue: null, care_due: [] });
    expect(other.subjects.map((s: { name: string }) => s.name)).toEqual([recordsOnly.display_name]);
  });

  it('answers 404 for a subject id that is not the user’s', async () => {
    const res = await d.t.request
      .get('/v1/overview?subject_id=00000000-0000-4000-8000-000000000000')
      .set('Authorization', d.user.auth);
    expect(res.status).toBe(404);
  });
});

describe('getOverview as time passes and things change', () => {
  it('shows overdue care, superseded by a new dose, and overdue tasks', async () => {
    d.t.clock.set('2027-01-01T11:00:00Z');
    try {
      const overview = await d.get('/v1/overview');
      expect(
        overview.care_due.map((c: Record<string, unknown>) => [
          c.subject_name,
          c.title,
          c.next_due,
          c.days_until,
          c.overdue,
        ]),
      ).toEqual([
        ['Max', 'Rabies', '2026-12-17', -15, true],
        ['Luna', 'Milbemax (dewormer)', '2027-01-08', 7, false],
        ['Luna', 'FVRCP booster', '2027-01-26', 25, false],
      ]);
      expect(overview.tasks_overdue.total).toBe(3);
      expect(overview.tasks_overdue.items.map((t: { title: string }) => t.title)).toEqual([
        'Buy cat food',
        'Refill ibuprofen',
        'Book Max’s rabies booster',
      ]);

      const booster = await d.t.request.post('/v1/records').set('Authorization', d.user.auth).send({
        subject_id: d.ids.Max,
        type: 'vaccination',
        title: 'Rabies',
        when: 'today',
        next_due_text: 'in 1 year',
      });
      expect(booster.status, JSON.stringify(booster.body)).toBe(201);
      const after = await d.get('/v1/overview');
      expect(after.care_due.map((c: { title: string }) => c.title)).toEqual([
        'Milbemax (dewormer)',
        'FVRCP booster',
      ]);
      await d.t
        .db('records')
        .where({ id: booster.body.id })
        .update({ deleted_at: d.t.clock.now() });
      const undone = await d.get('/v1/overview');
      expect(undone.care_due[0]).toMatchObject({ title: 'Rabies', overdue: true });
    } finally {
      d.t.clock.set('2026-11-22T09:00:00Z');
    }
  });

  it('skips deleted weights and archived subjects', async () => {
    const latest = await d.get(`/v1/overview?subject_id=${d.ids.Luna}`);
    const weightId = latest.subjects[0].latest_weight.record_id;
    await d.t.db('records').where({ id: weightId }).update({ deleted_at: d.t.clock.now() });
    const res = await d.t.request
      .delete(`/v1/subjects/${d.ids.Sam}`)
      .set('Authorization', d.user.auth);
    expect(res.status).toBeLessThan(300);
    try {
      const overview = await d.get('/v1/overview');
      const luna = overview.subjects.find((s: { name: string }) => s.name === 'Luna');
      expect(luna.latest_weight).toEqual(reading(4.368, '2026-11-08'));
      expect(luna.change_30_days.change).toBe(0.061);
      expect(overview.subjects.map((s: { name: string }) => s.name)).not.toContain('Sam');
    } finally {
      await d.t.db('records').where({ id: weightId }).update({ deleted_at: null });
      await d.t.db('subjects').where({ id: d.ids.Sam }).update({ archived_at: null });
    }
  });
});
