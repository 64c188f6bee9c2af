import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApp, type DemoApp } from '../support/demo.ts';

let d: DemoApp;

beforeAll(async () => {
  d = await createDemoApp();
});
afterAll(() => d.t.close());

interface Hit {
  kind: string;
  id: string;
  title: string;
  snippet: string;
  record_type: string | null;
  date: string;
  subject_name: string | null;
}

async function search(query: string, user = d.user) {
  return (await d.get(`/v1/search?${query}`, user)) as {
    items: Hit[];
    fuzzy: boolean;
    searched_for: string | null;
    period: { from: string; to: string; words: string } | null;
    next_cursor: string | null;
  };
}
const q = (words: string) => `q=${encodeURIComponent(words)}`;
const shown = (hits: Hit[]) => hits.map((h) => `${h.kind} ${h.subject_name ?? '-'}: ${h.title}`);

// The task is found by "booster", an everyday word for a vaccination; so are the two
// records with a vaccination word in their titles, which therefore rank first.
const VACCINATIONS = [
  'record Me: Flu shot',
  'record Luna: FVRCP booster',
  'task Max: Book Max’s rabies booster',
  'record Max: Leptospirosis',
  'record Luna: Rabies',
  'record Max: Rabies',
];
const named = (lines: string[]) =>
  lines.map((line) => line.replace('Me:', `${d.user.display_name}:`));

describe('search on the demo household', () => {
  it.each([['vaccinations'], ['vaccinated'], ['Vaccination']])(
    'finds every vaccination for "%s" (word forms meet), newest first',
    async (words) => {
      const result = await search(q(words));
      expect(result.fuzzy).toBe(false);
      expect(shown(result.items)).toEqual(named(VACCINATIONS));
      expect(result.items[0]).toMatchObject({ record_type: 'vaccination', date: '2026-09-23' });
    },
  );

  it('ranks a title match above a match in the details, and highlights the words', async () => {
    const result = await search(q('ibuprofen'));
    const me = d.user.display_name;
    expect(shown(result.items)).toEqual(
      ['task Me: Refill ibuprofen', 'record Me: Ibuprofen', 'record Me: Headache'].map((line) =>
        line.replace('Me:', `${me}:`),
      ),
    );
    expect(result.items[2]?.snippet).toBe('Since the evening before; better after **ibuprofen**');
    expect(result.items[0]?.snippet).toBe('');
  });

  it('matches a quoted phrase only with its words together', async () => {
    const phrase = await search(q('"flea and tick"'));
    expect(phrase.items).toHaveLength(4);
    expect(new Set(phrase.items.map((h) => h.title))).toEqual(
      new Set(['Bravecto (flea and tick)']),
    );
    const words = await search(q('window perch'));
    expect(shown(words.items)).toEqual(['record Luna: Loves the new window perch']);
    expect((await search(q('"new window"'))).fuzzy).toBe(false);
    expect(await search(q('"window loves"'))).toMatchObject({ items: [], fuzzy: false });
  });

  it('leaves out excluded words and accepts either word with or', async () => {
    // "vet" in a title ranks above the tag vet; both are found.
    const vet = shown((await search(q('vet'))).items);
    expect(vet.slice(0, 2)).toEqual([
      'record Max: Vet: limping',
      'task Luna: Ask the vet about Luna’s teeth',
    ]);
    expect(vet).toContain('record Luna: Annual check-up');
    expect(vet).toHaveLength(10);
    const notLimping = shown((await search(q('vet -limping'))).items);
    expect(notLimping.slice(0, 1)).toEqual(['task Luna: Ask the vet about Luna’s teeth']);
    expect(notLimping).toHaveLength(8);
    expect(notLimping.filter((line) => /limping/i.test(line))).toEqual([]);
    expect(shown((await search(q('dentist or grooming'))).items)).toEqual([
      'record Max: Grooming',
      `record ${d.user.display_name}: Dentist`,
    ]);
  });

  it('corrects a typo against the user’s own words, and says so', async () => {
    const result = await search(q('vacination'));
    expect(result).toMatchObject({ fuzzy: true, searched_for: 'vaccination' });
    expect(shown(result.items)).toEqual(named(VACCINATIONS));
    const luna = await search(`${q('Lunna')}&types=subject`);
    expect(luna).toMatchObject({
      fuzzy: true,
      searched_for: 'luna',
      items: [{ kind: 'subject', title: 'Luna' }],
    });
    const excluding = await search(q('vacination -rabies'));
    expect(excluding.searched_for).toBe('vaccination -rabies');
    expect(shown(excluding.items)).toEqual(
      named(['record Me: Flu shot', 'record Luna: FVRCP booster', 'record Max: Leptospirosis']),
    );
    expect(await search(q('xyzzy'))).toMatchObject({ items: [], fuzzy: false, searched_for: null });
  });

  it('learns the words of new entries for later corrections', async () => {
    const res = await d.t.request
      .post('/v1/tasks')
      .set('Authorization', d.user.auth)
      .send({ title: 'Order the chlorhexidine shampoo' });
    expect(res.status).toBe(201);
    const result = await search(q('chlorhexadine'));
    expect(result).toMatchObject({ fuzzy: true, searched_for: 'chlorhexidine' });
    expect(shown(result.items)).toEqual(['task -: Order the chlorhexidine shampoo']);
  });

  it('keeps its largest page under 100,000 characters', async () => {
    const bulky = await d.t.createUser();
    const now = d.t.clock.now();
    await d.t.db('tasks').insert(
      Array.from({ length: 120 }, (_, i) => ({
        user_id: bulky.id,
        title: `${'zebra '.repeat(80)}${i}`.slice(0, 500),
        notes: 'zebra stripes '.repeat(700),
        created_at: now,
        updated_at: now,
      })),
    );
    const res = await d.t.request
      .get(`/v1/search?q=zebra&limit=100`)
      .set('Authorization', bulky.auth);
    expect(res.status).toBe(200);
    expect(res.text.length).toBeLessThan(100_000);
    expect(res.body.next_cursor).not.toBeNull();
    expect(res.body.items[0].snippet.length).toBeLessThanOrEqual(200);
  });

  it('finds people and pets by name, breed and notes', async () => {
    expect(shown((await search(q('beagle'))).items)).toEqual(['subject Max: Max']);
    expect(shown((await search(q('grain-free'))).items)).toEqual(['subject Luna: Luna']);
  });

  it('filters by type, subject and dates', async () => {
    expect(shown((await search(`${q('ibuprofen')}&types=task`)).items)).toEqual([
      `task ${d.user.display_name}: Refill ibuprofen`,
    ]);
    expect(shown((await search(`${q('ibuprofen')}&types=symptom&types=medication`)).items)).toEqual(
      [`record ${d.user.display_name}: Ibuprofen`, `record ${d.user.display_name}: Headache`],
    );
    expect(shown((await search(`${q('limping')}&subject_id=${d.ids.Luna}`)).items)).toEqual([]);
    const dated = await search(`${q('vaccination')}&from=2026-01-01&to=2026-06-30`);
    expect(shown(dated.items)).toEqual([
      'record Luna: FVRCP booster',
      'record Max: Leptospirosis',
      'record Luna: Rabies',
    ]);
  });

  it('pages with a cursor, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await search(
        `${q('weight')}&subject_id=${d.ids.Luna}&limit=10${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((h) => h.id));
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(27);
    expect(new Set(seen).size).toBe(27);
  });

  it('leaves out deleted records and archived subjects', async () => {
    const [headache] = (await search(`${q('headache')}&types=symptom`)).items;
    await d.t.db('records').where({ id: headache?.id }).update({ deleted_at: d.t.clock.now() });
    await d.t.db('subjects').where({ id: d.ids.Sam }).update({ archived_at: d.t.clock.now() });
    try {
      expect((await search(q('headache'))).items).toEqual([]);
      expect((await search(q('sore throat'))).items).toEqual([]);
      expect(shown((await search(`${q('sore throat')}&subject_id=${d.ids.Sam}`)).items)).toEqual([
        'record Sam: Sore throat',
      ]);
    } finally {
      await d.t.db('records').where({ id: headache?.id }).update({ deleted_at: null });
      await d.t.db('subjects').where({ id: d.ids.Sam }).update({ archived_at: null });
    }
  });

  it('searches only the kinds the token may read', async () => {
    const tasksOnly = await d.t.createUser({ scopes: ['tasks:read'] });
    await d.t.db('tasks').insert({
      user_id: tasksOnly.id,
      title: 'Buy ibuprofen',
      created_at: d.t.clock.now(),
      updated_at: d.t.clock.now(),
    });
    expect(shown((await search(q('ibuprofen'), tasksOnly)).items)).toEqual([
      'task -: Buy ibuprofen',
    ]);
    const refused = await d.t.request
      .get(`/v1/search?${q('ibuprofen')}&types=record`)
      .set('Authorization', tasksOnly.auth);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('insufficient_scope');
    const none = await d.t.createUser({ scopes: ['records:write'] });
    const forbidden = await d.t.request.get(`/v1/search?${q('x')}`).set('Authorization', none.auth);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).toBe(
      'This operation needs one of the scopes records:read, tasks:read.',
    );
  });

  it('never shows another user’s rows', async () => {
    const bob = await d.t.createUser();
    expect((await search(q('vaccination'), bob)).items).toEqual([]);
    expect((await search(q('vacination'), bob)).items).toEqual([]);
  });

  it('finds a renamed pet by its new name only, records and tasks alike', async () => {
    const rename = (name: string) =>
      d.t.request
        .patch(`/v1/subjects/${d.ids.Max}`)
        .set('Authorization', d.user.auth)
        .send({ name });
    expect((await rename('Rex')).status).toBe(200);
    try {
      const rex = shown((await search(q('Rex flea'))).items);
      expect(rex).toHaveLength(4);
      expect(new Set(rex)).toEqual(new Set(['record Rex: Bravecto (flea and tick)']));
      expect(shown((await search(`${q('Rex')}&types=task`)).items)).toEqual([
        'task Rex: Book Max’s rabies booster',
        'task Rex: Give Max his Bravecto',
      ]);
      // "Max" is still in those two titles, but no longer the name of the flea records.
      expect((await search(q('Max flea'))).fuzzy).toBe(true);
    } finally {
      expect((await rename('Max')).status).toBe(200);
    }
    expect(shown((await search(q('Max flea'))).items)).toHaveLength(4);
  });

  it('finds new records and tasks by their tags and their subject’s name', async () => {
    const task = await d.t.request
      .post('/v1/tasks')
      .set('Authorization', d.user.auth)
      .send({ title: 'Order a new scratching post', subject: 'Luna', tags: ['shopping'] });
    expect(task.status, JSON.stringify(task.body)).toBe(201);
    const record = await d.t.request
      .post('/v1/records')
      .set('Authorization', d.user.auth)
      .send({ subject: 'Luna', type: 'note', title: 'Sneezed twice', tags: ['allergy'] });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    try {
      expect(shown((await search(q('Luna shopping'))).items)).toEqual([
        'task Luna: Order a new scratching post',
      ]);
      expect(shown((await search(q('allergy Luna'))).items)).toEqual([
        'record Luna: Sneezed twice',
      ]);
      // A typo in a tag is corrected too: tags are in the user's vocabulary.
      expect(await search(q('alergy'))).toMatchObject({ fuzzy: true, searched_for: 'allergy' });
    } finally {
      await d.t.db('tasks').where({ id: task.body.id }).delete();
      await d.t.db('records').where({ id: record.body.id }).delete();
    }
  });

  it('reads a time phrase as dates, unless from and to are given', async () => {
    const phrase = await search(q('vaccination this year'));
    expect(phrase.period).toEqual({ from: '2026-01-01', to: '2026-12-31', words: 'this year' });
    expect(shown(phrase.items)).toEqual(
      named([
        'record Me: Flu shot',
        'record Luna: FVRCP booster',
        'task Max: Book Max’s rabies booster',
        'record Max: Leptospirosis',
        'record Luna: Rabies',
      ]),
    );
    const given = await search(`${q('vaccination this year')}&from=2025-12-01&to=2025-12-31`);
    expect(given.period).toBeNull();
    expect(shown(given.items)).toEqual(['record Max: Rabies']);
    const days = await search(q('symptoms in the past 3 weeks'));
    expect(days.period).toMatchObject({ from: '2026-11-01', to: '2026-11-22' });
    expect(shown(days.items)).toEqual(
      named(['record Me: Headache', 'record Luna: Vomited a hairball', 'record Sam: Sore throat']),
    );
  });

  it('accepts any of the words when all of them match nothing, and pages that reading', async () => {
    const first = await search(`${q('Luna flea')}&limit=5`);
    expect(first).toMatchObject({ fuzzy: true, searched_for: 'Luna or flea' });
    expect(first.next_cursor).not.toBeNull();
    const seen = first.items.map((h) => h.id);
    let cursor = first.next_cursor;
    while (cursor) {
      const page = await search(`${q('Luna flea')}&limit=5&cursor=${cursor}`);
      expect(page.fuzzy).toBe(true);
      seen.push(...page.items.map((h) => h.id));
      cursor = page.next_cursor;
    }
    const everyLuna = await search(`${q('Luna')}&limit=100`);
    const flea = await search(q('flea'));
    expect(new Set(seen)).toEqual(new Set([...everyLuna.items, ...flea.items].map((h) => h.id)));
    expect(seen).toHaveLength(new Set(seen).size);
  });
});
