import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;

// Sunday 2026-11-22, 10:00 in Berlin.
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
});
afterAll(() => t.close());

async function create(body: object, user = alice) {
  const res = await t.request.post('/v1/tasks').set('Authorization', user.auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; title: string };
}

async function list(query: string, user = alice) {
  const res = await t.request.get(`/v1/tasks?${query}`).set('Authorization', user.auth);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: { title: string; id: string }[]; next_cursor: string | null };
}

const titles = (page: { items: { title: string }[] }) => page.items.map((i) => i.title);

describe('listTasks filters', () => {
  beforeAll(async () => {
    await create({ title: 'undated', tags: ['home'] });
    await create({ title: 'overdue timed', due_at: '2026-11-21T08:00:00+01:00', tags: ['Work'] });
    await create({ title: 'due today, date only', due_date: '2026-11-22' });
    await create({
      title: 'due tomorrow 5pm',
      due_text: 'tomorrow 5pm',
      notes: 'ask about FLEA drops',
    });
    await create({ title: 'due next month', due_date: '2026-12-15', tags: ['work', 'home'] });
    const done = await create({ title: 'finished long ago', due_date: '2026-11-01' });
    await t.request.post(`/v1/tasks/${done.id}/complete`).set('Authorization', alice.auth);
  });

  it('lists open tasks by due time, undated last', async () => {
    expect(titles(await list(''))).toEqual([
      'overdue timed',
      'due today, date only',
      'due tomorrow 5pm',
      'due next month',
      'undated',
    ]);
  });

  it('filters by status', async () => {
    expect(titles(await list('status=done'))).toEqual(['finished long ago']);
    expect(titles(await list('status=all'))).toHaveLength(6);
    expect(titles(await list('status=all'))[0]).toBe('finished long ago');
  });

  it('filters by due_before and due_after, with dates in the user’s zone', async () => {
    expect(titles(await list('due_before=2026-11-23'))).toEqual([
      'overdue timed',
      'due today, date only',
    ]);
    expect(titles(await list('due_after=2026-11-23&due_before=2026-11-24'))).toEqual([
      'due tomorrow 5pm',
    ]);
    expect(
      titles(await list(`due_after=${encodeURIComponent('2026-11-23T17:00:00+01:00')}`)),
    ).toEqual(['due tomorrow 5pm', 'due next month']);
  });

  it('filters overdue: a date-only task is not overdue until its day ends', async () => {
    expect(titles(await list('overdue=true'))).toEqual(['overdue timed']);
    expect(titles(await list('overdue=false'))).not.toContain('overdue timed');
    const page = await list('overdue=true');
    expect(page.items[0]).toMatchObject({ overdue: true });

    t.clock.set('2026-11-22T23:00:00Z'); // Monday 00:00 in Berlin
    expect(titles(await list('overdue=true'))).toEqual(['overdue timed', 'due today, date only']);
    t.clock.set('2026-11-22T09:00:00Z');
  });

  it('filters by tag, case-insensitively', async () => {
    expect(titles(await list('tag=WORK'))).toEqual(['overdue timed', 'due next month']);
    expect(titles(await list('tag=home'))).toEqual(['due next month', 'undated']);
  });

  it('filters by text in title or notes, with LIKE wildcards taken literally', async () => {
    expect(titles(await list('q=flea'))).toEqual(['due tomorrow 5pm']);
    expect(titles(await list('q=DUE%20NEXT'))).toEqual(['due next month']);
    expect(titles(await list('q=%25'))).toEqual([]);
    expect(titles(await list('q=_'))).toEqual([]);
  });

  it('combines filters', async () => {
    expect(titles(await list('tag=home&due_after=2026-11-01'))).toEqual(['due next month']);
  });

  it('limits the page size', async () => {
    const page = await list('limit=2');
    expect(page.items).toHaveLength(2);
    expect(page.next_cursor).toEqual(expect.any(String));
  });
});

describe('listTasks paging', () => {
  it('pages through every task once while new tasks arrive between pages', async () => {
    const bob = await t.createUser();
    for (let i = 0; i < 10; i++) {
      await create(
        { title: `task ${i}`, ...(i % 3 ? { due_date: `2026-12-${10 + i}` } : {}) },
        bob,
      );
      t.clock.advance(1);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list(`limit=3${cursor ? `&cursor=${cursor}` : ''}`, bob);
      seen.push(...titles(page));
      cursor = page.next_cursor;
      pages++;
      // Inserted after the cursor's position: one undated (sorts last), one early (before it).
      await create({ title: `late undated ${pages}` }, bob);
      await create({ title: `late early ${pages}`, due_date: '2026-11-30' }, bob);
      t.clock.advance(1);
    } while (cursor);
    expect(pages).toBeGreaterThanOrEqual(4);
    const originals = seen.filter((title) => title.startsWith('task '));
    expect(originals.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `task ${i}`).sort());
    expect(new Set(seen).size).toBe(seen.length);
    // Undated ones added before the end are reached, since they sort after every dated one.
    expect(seen.some((title) => title.startsWith('late undated'))).toBe(true);
    expect(seen.some((title) => title.startsWith('late early'))).toBe(false);
  });

  it('refuses a cursor it did not issue', async () => {
    const res = await t.request
      .get('/v1/tasks?cursor=bm90LWEtY3Vyc29y')
      .set('Authorization', alice.auth);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'invalid_cursor',
      errors: [{ pointer: '/query/cursor' }],
    });
  });

  it('cuts notes in lists and says so', async () => {
    const carol = await t.createUser();
    await create({ title: 'notes', notes: 'x'.repeat(600) }, carol);
    const page = await list('', carol);
    expect(page.items[0]).toMatchObject({ notes_truncated: true });
    expect((page.items[0] as unknown as { notes: string }).notes).toHaveLength(280);
  });
});
