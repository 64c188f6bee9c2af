import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T20:30:00Z' });
});
afterAll(() => t.close());

describe('natural-language due dates through the API', () => {
  it('resolves the same words in each user’s own time zone and echoes them', async () => {
    const berlin = await t.createUser({ timezone: 'Europe/Berlin' });
    const newYork = await t.createUser({ timezone: 'America/New_York' });
    const inBerlin = await t.request
      .post('/v1/tasks')
      .set('Authorization', berlin.auth)
      .send({ title: 'Call mum', due_text: 'tomorrow 5pm' });
    const inNewYork = await t.request
      .post('/v1/tasks')
      .set('Authorization', newYork.auth)
      .send({ title: 'Call mum', due_text: 'tomorrow 5pm' });
    expect(inBerlin.body).toMatchObject({
      due_at: '2026-11-23T17:00:00.000+01:00',
      due_date: '2026-11-23',
      due_date_only: false,
      due_text: 'tomorrow 5pm',
    });
    expect(inNewYork.body).toMatchObject({
      due_at: '2026-11-23T17:00:00.000-05:00',
      due_date: '2026-11-23',
      due_text: 'tomorrow 5pm',
    });
  });

  it('makes a date-only task from a day, overdue only once that day has ended', async () => {
    const user = await t.createUser({ timezone: 'America/New_York' });
    const res = await t.request
      .post('/v1/tasks')
      .set('Authorization', user.auth)
      .send({ title: 'Pay rent', due_text: 'friday' });
    expect(res.body).toMatchObject({ due_date: '2026-11-27', due_date_only: true, overdue: false });
    t.clock.set('2026-11-28T04:59:00Z'); // 23:59 on Friday in New York
    const stillFriday = await t.request
      .get(`/v1/tasks/${res.body.id}`)
      .set('Authorization', user.auth);
    expect(stillFriday.body.overdue).toBe(false);
    t.clock.set('2026-11-28T05:00:00Z'); // Saturday 00:00 in New York
    const saturday = await t.request
      .get(`/v1/tasks/${res.body.id}`)
      .set('Authorization', user.auth);
    expect(saturday.body.overdue).toBe(true);
  });
});
