import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataCommands, UsageError } from '../../src/cli/commands.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser({ email: 'demo@example.com', timezone: 'Europe/Berlin' });
});
afterAll(() => t.close());

const seed = (args: Record<string, string | boolean>) =>
  (dataCommands.seed as NonNullable<(typeof dataCommands)['seed']>)(args, {
    db: t.db,
    now: t.clock.now,
    defaultTimezone: 'UTC',
    publicUrl: 'http://tend.test',
  });

async function get(path: string) {
  const res = await t.request.get(path).set('Authorization', alice.auth);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe('tend seed --demo', () => {
  it('creates a household for an existing user', async () => {
    const summary = await seed({ demo: true, email: 'DEMO@example.com' });
    expect(summary).toMatchObject({ user_id: alice.id, subjects: 4, tasks: 7 });
    expect((summary as { records: number }).records).toBeGreaterThan(60);

    const subjects = await get('/v1/subjects');
    expect(subjects.items.map((s: { name: string }) => s.name).sort()).toEqual(
      [alice.display_name, 'Luna', 'Max', 'Sam'].sort(),
    );
  });

  it('gives Luna a year of weights that trend upwards', async () => {
    const [luna] = (await get('/v1/subjects?species=cat')).items;
    const weights = await get(`/v1/records?subject_id=${luna.id}&type=weight&limit=100`);
    const values = weights.items.map((r: { value: number }) => r.value).reverse();
    expect(values.length).toBe(27);
    expect(values.at(-1)).toBeGreaterThan(values[0] + 0.3);
    expect(weights.items[0]).toMatchObject({ unit: 'kg', metric: 'weight' });
  });

  it('has vaccinations with due dates, symptoms, visits and open and done tasks', async () => {
    const shots = await get('/v1/records?type=vaccination&limit=100');
    expect(shots.items.length).toBe(5);
    for (const shot of shots.items) expect(shot.next_due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await get('/v1/records?type=symptom')).items.length).toBeGreaterThanOrEqual(3);
    expect((await get('/v1/records?type=visit')).items.length).toBeGreaterThanOrEqual(3);
    expect((await get('/v1/tasks?status=open')).items.length).toBe(4);
    expect((await get('/v1/tasks?status=done')).items.length).toBe(3);
    expect((await get('/v1/tasks?subject=Luna&status=all')).items.length).toBe(3);
  });

  it('refuses to seed the same user twice, an unknown user, or without --demo', async () => {
    await expect(seed({ demo: true, email: 'demo@example.com' })).rejects.toThrow(UsageError);
    await expect(seed({ demo: true, email: 'nobody@example.com' })).rejects.toThrow(/no user/);
    await expect(seed({ email: 'demo@example.com' })).rejects.toThrow(/--demo/);
  });
});
