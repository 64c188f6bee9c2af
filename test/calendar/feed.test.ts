import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;
let bob: TestUser;

// Sunday 2026-11-22, 10:00 in Berlin.
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  const scopes = ['tasks:read', 'tasks:write', 'records:read', 'records:write', 'account'] as const;
  alice = await t.createUser({ timezone: 'Europe/Berlin', scopes: [...scopes] });
  bob = await t.createUser({ timezone: 'America/New_York', scopes: [...scopes] });
});
afterAll(() => t.close());

async function send(user: TestUser, path: string, body: object) {
  const res = await t.request.post(path).set('Authorization', user.auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body;
}

async function rotate(user: TestUser): Promise<string> {
  const res = await t.request.post('/v1/account/calendar-feed').set('Authorization', user.auth);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.body.url).toMatch(new RegExp(`^${PUBLIC_URL}/calendar/cal_[A-Za-z0-9_-]{43}\\.ics$`));
  return res.body.url;
}

/** The feed fetched by its path and read by node-ical, a parser other than the writer. */
async function fetchFeed(url: string) {
  const res = await t.request.get(new URL(url).pathname);
  return { res, events: res.status === 200 ? parse(res.text) : [] };
}

function parse(text: string): VEvent[] {
  const data = ical.sync.parseICS(text);
  return Object.values(data).filter((item): item is VEvent => item?.type === 'VEVENT');
}

describe('the calendar feed', () => {
  let url: string;
  let timed: { id: string };
  let dated: { id: string };
  let nextPill: { id: string };
  let vaccine: { id: string };

  beforeAll(async () => {
    await send(alice, '/v1/subjects', { name: 'Luna', species: 'cat' });
    timed = await send(alice, '/v1/tasks', {
      title: 'Vet visit',
      due_at: '2026-11-24T15:30:00+01:00',
      subject: 'Luna',
    });
    dated = await send(alice, '/v1/tasks', { title: 'Buy cat food', due_date: '2026-11-25' });
    await send(alice, '/v1/tasks', { title: 'Someday maybe' });
    const done = await send(alice, '/v1/tasks', { title: 'Already done', due_date: '2026-11-23' });
    await send(alice, `/v1/tasks/${done.id}/complete`, {});
    const deleted = await send(alice, '/v1/tasks', {
      title: 'Deleted one',
      due_date: '2026-11-23',
    });
    await t.db('tasks').where({ id: deleted.id }).update({ deleted_at: new Date() });
    const pill = await send(alice, '/v1/tasks', {
      title: 'Give Luna her pill',
      repeat: 'daily at 8am',
    });
    const completed = await send(alice, `/v1/tasks/${pill.id}/complete`, {});
    nextPill = completed.next_occurrence;
    vaccine = await send(alice, '/v1/records', {
      subject: 'Luna',
      type: 'vaccination',
      title: 'Rabies booster',
      next_due: '2027-11-22',
    });
    await send(alice, '/v1/records', {
      subject: 'Luna',
      type: 'medication',
      title: 'Flea treatment',
      next_due: '2026-12-22',
      create_reminder: true,
    });
    await send(bob, '/v1/tasks', { title: 'Bob’s secret errand', due_date: '2026-11-25' });
    url = await rotate(alice);
  });

  it('is served as text/calendar, not cached, and parses with an independent parser', async () => {
    const { res, events } = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
    expect(res.headers['cache-control']).toMatch(/no-store/);
    expect(events.length).toBeGreaterThan(0);
  });

  it('lists open dated tasks, a repeating one as its next occurrence, and upcoming doses, with stable UIDs', async () => {
    const { events } = await fetchFeed(url);
    const byUid = new Map(events.map((event) => [event.uid, event]));
    const host = new URL(PUBLIC_URL).host;

    const vet = byUid.get(`task-${timed.id}@${host}`);
    expect(vet?.summary).toBe('Vet visit');
    expect(vet?.datetype).toBe('date-time');
    expect(vet?.start.toISOString()).toBe('2026-11-24T14:30:00.000Z');
    expect(vet?.description).toContain('For Luna');

    const food = byUid.get(`task-${dated.id}@${host}`);
    expect(food?.datetype).toBe('date');
    expect(food?.start.dateOnly).toBe(true);
    expect(localDay(food?.start)).toBe('2026-11-25');

    const pill = byUid.get(`task-${nextPill.id}@${host}`);
    expect(pill?.start.toISOString()).toBe('2026-11-24T07:00:00.000Z');
    expect(pill?.description).toContain('Repeats daily at 8am');

    const rabies = byUid.get(`next-due-${vaccine.id}@${host}`);
    expect(rabies?.summary).toBe('Luna: Rabies booster due');
    expect(rabies?.datetype).toBe('date');
    expect(localDay(rabies?.start)).toBe('2027-11-22');

    // The flea treatment shows once: as its reminder task, not also as a due date.
    const flea = events.filter((event) => /Flea treatment/.test(String(event.summary)));
    expect(flea.map((event) => event.summary)).toEqual(['Luna: Flea treatment']);

    expect(events.map((event) => event.summary).sort()).toEqual(
      [
        'Buy cat food',
        'Give Luna her pill',
        'Luna: Flea treatment',
        'Luna: Rabies booster due',
        'Vet visit',
      ].sort(),
    );
    // Every event reminds: at the due time, or at 9:00 on a day without a time.
    const alarms = (event: VEvent | undefined) => event?.alarms ?? [];
    expect(alarms(vet).map((a) => [a.action, a.trigger])).toEqual([['DISPLAY', 'PT0S']]);
    expect(alarms(food).map((a) => [a.action, a.trigger])).toEqual([
      ['DISPLAY', { params: { RELATED: 'START' }, val: 'PT9H' }],
    ]);
    const again = await fetchFeed(url);
    expect(again.events.map((event) => event.uid).sort()).toEqual(
      events.map((event) => event.uid).sort(),
    );
  });

  it('never logs the token', async () => {
    const token = /\/calendar\/(cal_[^.]+)\.ics/.exec(url)?.[1] as string;
    await fetchFeed(url);
    expect(t.rawLogs()).not.toContain(token);
    const line = t.logs.find((entry) => entry.path === '/calendar/[redacted]');
    expect(line?.status).toBe(200);
  });

  it('a rotated token makes the old URL 404', async () => {
    const fresh = await rotate(alice);
    expect(fresh).not.toBe(url);
    expect((await fetchFeed(url)).res.status).toBe(404);
    expect((await fetchFeed(fresh)).res.status).toBe(200);
    url = fresh;
  });

  it('deleting the feed makes its URL 404', async () => {
    const res = await t.request
      .delete('/v1/account/calendar-feed')
      .set('Authorization', alice.auth);
    expect(res.status).toBe(204);
    expect((await fetchFeed(url)).res.status).toBe(404);
  });

  it('answers 404 for unknown and malformed tokens', async () => {
    for (const path of [
      `/calendar/cal_${'A'.repeat(43)}.ics`,
      '/calendar/nope.ics',
      '/calendar/.ics',
      `/calendar/cal_${'A'.repeat(43)}`,
    ]) {
      expect((await t.request.get(path)).status, path).toBe(404);
    }
  });

  it('shows each user only their own tasks', async () => {
    const { events } = await fetchFeed(await rotate(bob));
    expect(events.map((event) => event.summary)).toEqual(['Bob’s secret errand']);
  });

  it('needs the account scope to make a feed URL', async () => {
    const carol = await t.createUser({ scopes: ['tasks:read', 'tasks:write'] });
    const res = await t.request.post('/v1/account/calendar-feed').set('Authorization', carol.auth);
    expect(res.status).toBe(403);
  });
});

/** An all-day date as node-ical gives it (local midnight of the process), as YYYY-MM-DD. */
function localDay(date: Date | undefined): string | undefined {
  if (!date) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
