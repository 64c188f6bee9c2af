import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApp, type DemoApp } from '../support/demo.ts';

let d: DemoApp;

beforeAll(async () => {
  d = await createDemoApp();
});
afterAll(() => d.t.close());

const titles = (events: { title: string; subject_name: string | null; date: string }[]) =>
  events.map((e) => `${e.date} ${e.subject_name}: ${e.title}`);

describe('getReport on the demo household (Sunday 2026-11-22, Berlin)', () => {
  it('summarizes the last 30 days', async () => {
    const me = d.user.display_name;
    const report = await d.get('/v1/reports');
    expect(report).toMatchObject({
      from: '2026-10-24',
      to: '2026-11-22',
      period: 'last_30_days',
      subject_id: null,
      truncated: false,
      tasks: { completed: 3, open: 4, overdue: 0 },
    });
    expect(report.care.records_by_type).toEqual({
      weight: 7,
      vaccination: 0,
      medication: 2,
      symptom: 3,
      visit: 0,
      measurement: 1,
      note: 1,
      other: 0,
    });
    expect(titles(report.care.new_symptoms)).toEqual([
      '2026-11-02 Sam: Sore throat',
      '2026-11-10 Luna: Vomited a hairball',
      `2026-11-19 ${me}: Headache`,
    ]);
    expect(titles(report.care.resolved_symptoms)).toEqual([
      '2026-10-20 Max: Limping on the left front leg',
    ]);
    expect(
      report.care.weights.map(
        (w: {
          subject_name: string;
          first: { value: number };
          last: { value: number };
          change: number;
        }) => [w.subject_name, w.first.value, w.last.value, w.change],
      ),
    ).toEqual([
      ['Luna', 4.386, 4.4, 0.014],
      ['Max', 14.4, 14.2, -0.2],
      [me, 79, 79, 0],
    ]);
    expect(report.care.vaccinations_given).toEqual([]);
    expect(report.care.care_due).toEqual([]);
    expect(titles(report.events.slice(0, 6))).toEqual([
      '2026-11-02 Sam: Sore throat',
      '2026-11-10 Luna: Vomited a hairball',
      '2026-11-17 Luna: Loves the new window perch',
      `2026-11-19 ${me}: Headache`,
      `2026-11-19 ${me}: Ibuprofen`,
      '2026-11-22 Max: Bravecto (flea and tick)',
    ]);
    // The three demo tasks were all completed at the same moment: their order is by id.
    expect(
      report.events
        .slice(6)
        .map((e: { title: string }) => e.title)
        .sort(),
    ).toEqual(['Clean the litter box', 'Give Max his Bravecto', 'Pick up Sam’s prescription']);
    expect(report.events.slice(6).every((e: { type: string }) => e.type === 'task_done')).toBe(
      true,
    );
  });

  it('reviews one subject’s year with the vaccinations given and due', async () => {
    const report = await d.get(`/v1/reports?period=this_year&subject_id=${d.ids.Max}`);
    expect(report).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
      period: 'this_year',
      subject_name: 'Max',
      tasks: { completed: 1, open: 1, overdue: 0 },
    });
    expect(report.care.records_by_type).toMatchObject({
      weight: 24,
      vaccination: 1,
      medication: 4,
      symptom: 1,
      visit: 1,
      other: 1,
    });
    expect(titles(report.care.vaccinations_given)).toEqual(['2026-05-06 Max: Leptospirosis']);
    expect(
      report.care.care_due.map((c: { title: string; next_due: string }) => [c.title, c.next_due]),
    ).toEqual([['Rabies', '2026-12-17']]);
    expect(report.care.weights).toEqual([
      expect.objectContaining({
        subject_name: 'Max',
        first: expect.objectContaining({ value: 15.7, date: '2026-01-03' }),
        last: expect.objectContaining({ value: 14.2, date: '2026-11-21' }),
        change: -1.5,
      }),
    ]);
    expect(report.events.map((e: { type: string }) => e.type)).not.toContain('weight');
  });

  it.each([
    ['last_7_days', '2026-11-16', '2026-11-22'],
    ['this_month', '2026-11-01', '2026-11-30'],
    ['last_month', '2026-10-01', '2026-10-31'],
  ])('reads the period %s', async (period, from, to) => {
    const report = await d.get(`/v1/reports?period=${period}`);
    expect(report).toMatchObject({ from, to, period });
  });

  it('takes from and to as given, and refuses them reversed', async () => {
    const report = await d.get('/v1/reports?from=2026-10-20&to=2026-10-22');
    expect(report).toMatchObject({ period: null, from: '2026-10-20', to: '2026-10-22' });
    expect(titles(report.events)).toEqual([
      '2026-10-20 Max: Limping on the left front leg',
      '2026-10-22 Max: Vet: limping',
    ]);
    const bad = await d.t.request
      .get('/v1/reports?from=2026-10-22&to=2026-10-20')
      .set('Authorization', d.user.auth);
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('invalid_range');
  });

  it('cuts the events at 100, keeping the latest, and says so', async () => {
    const start = new Date('2026-06-01T08:00:00Z').getTime();
    await d.t.db('records').insert(
      Array.from({ length: 130 }, (_, i) => {
        const at = new Date(start + i * 3_600_000);
        return {
          user_id: d.user.id,
          subject_id: d.ids.Sam,
          type: 'note',
          title: `Note ${i}`,
          occurred_at: at,
          occurred_on: at.toISOString().slice(0, 10),
          created_at: at,
          updated_at: at,
        };
      }),
    );
    const report = await d.get(`/v1/reports?from=2026-06-01&to=2026-06-30&subject_id=${d.ids.Sam}`);
    expect(report.truncated).toBe(true);
    expect(report.events).toHaveLength(100);
    expect(report.events[0].title).toBe('Note 30');
    expect(report.events.at(-1).title).toBe('Note 129');
    expect(report.care.records_by_type.note).toBe(130);
    expect(JSON.stringify(report).length).toBeLessThan(100_000);
  });

  it('leaves out what the token may not read', async () => {
    const tasksOnly = await d.t.createUser({ scopes: ['tasks:read'] });
    const report = await d.get('/v1/reports', tasksOnly);
    expect(report).toMatchObject({
      care: null,
      tasks: { completed: 0, open: 0, overdue: 0 },
      events: [],
    });
    const recordsOnly = await d.t.createUser({ scopes: ['records:read'] });
    expect(await d.get('/v1/reports', recordsOnly)).toMatchObject({ tasks: null });
  });
});
