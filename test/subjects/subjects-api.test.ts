import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;

// Sunday 2026-11-22, 10:00 in Berlin.
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
});
afterAll(() => t.close());

async function create(body: object, user = alice) {
  const res = await t.request.post('/v1/subjects').set('Authorization', user.auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; name: string };
}

async function find(body: object, user = alice) {
  const res = await t.request.post('/v1/subjects/find').set('Authorization', user.auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.candidates as {
    match: string;
    similarity: number;
    subject: { id: string; name: string };
  }[];
}

describe('the self subject', () => {
  it('exists for every new user, a person under their display name', async () => {
    const res = await t.request.get('/v1/subjects').set('Authorization', alice.auth);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ name: alice.display_name, kind: 'person', is_self: true }),
    ]);
    expect(res.body.next_cursor).toBeNull();
  });

  it('is what "me" finds', async () => {
    const [me] = await find({ name: 'me' });
    expect(me).toMatchObject({ match: 'exact', subject: { is_self: true } });
  });

  it('cannot be deleted', async () => {
    const self = (await find({ name: 'myself' }))[0];
    const res = await t.request
      .delete(`/v1/subjects/${self?.subject.id}`)
      .set('Authorization', alice.auth);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('self_subject');
  });
});

describe('createSubject', () => {
  it('normalizes the species, works out the age and echoes it', async () => {
    const res = await t.request
      .post('/v1/subjects')
      .set('Authorization', alice.auth)
      .send({ name: ' Luna ', species: 'Kitty', age_text: '6 months old', sex: 'female' });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`${PUBLIC_URL}/v1/subjects/${res.body.id}`);
    expect(res.body).toMatchObject({
      name: 'Luna',
      kind: 'pet',
      is_self: false,
      species: 'cat',
      sex: 'female',
      birth_date: null,
      birth_month: '2026-05',
      birth_year: 2026,
      birthday_precision: 'month',
      age_text: 'about 6 months',
      next_birthday: null,
      archived: false,
    });
  });

  it('gives next_birthday only when the day is known', async () => {
    const body = await create({ name: 'Grandma Rose', birth_date: '1950-12-24' });
    expect(body).toMatchObject({
      kind: 'person',
      species: null,
      birth_date: '1950-12-24',
      age_text: '75 years',
      next_birthday: '2026-12-24',
    });
  });

  it('answers 422 unknown_species with the allowed values', async () => {
    const res = await t.request
      .post('/v1/subjects')
      .set('Authorization', alice.auth)
      .send({ name: 'Puff', species: 'dragon' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'unknown_species',
      errors: [{ pointer: '/body/species' }],
      allowed: expect.arrayContaining(['cat', 'dog', 'other']),
    });
  });

  it('answers 422 conflicting_inputs for two birthday fields', async () => {
    const res = await t.request
      .post('/v1/subjects')
      .set('Authorization', alice.auth)
      .send({ name: 'Rex', species: 'dog', age_text: '3 yo', birth_year: 2023 });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('conflicting_inputs');
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/body/birth_year',
      '/body/age_text',
    ]);
  });

  it('suspects a duplicate by name, whatever the case and accents, until confirmed', async () => {
    const first = await create({ name: 'Zoë', kind: 'person' });
    const again = await t.request
      .post('/v1/subjects')
      .set('Authorization', alice.auth)
      .send({ name: 'ZOE' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'duplicate_suspected',
      existing: [{ id: first.id, name: 'Zoë' }],
    });
    expect(again.body.hint).toMatch(/confirm_duplicate/);
    const confirmed = await t.request
      .post('/v1/subjects')
      .set('Authorization', alice.auth)
      .send({ name: 'ZOE', confirm_duplicate: true });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.id).not.toBe(first.id);
  });
});

describe('findSubjects', () => {
  let bob: TestUser;
  beforeAll(async () => {
    bob = await t.createUser();
    await create({ name: 'Max', species: 'dog' }, bob);
    await create({ name: 'Maxine', species: 'cat' }, bob);
    await create({ name: 'Bella', species: 'puppy' }, bob);
    await create({ name: 'José', kind: 'person' }, bob);
    await create({ name: 'Mia', species: 'cat' }, bob);
  });

  const cases = [
    {
      name: 'exact name first, then names it begins',
      given: { name: 'max' },
      want: ['Max', 'Maxine'],
      match: 'exact',
    },
    {
      name: 'a prefix before a close spelling',
      given: { name: 'Maxi' },
      want: ['Maxine', 'Max'],
      match: 'prefix',
    },
    { name: 'a typo', given: { name: 'Bela' }, want: ['Bella'], match: 'similar' },
    { name: 'a doubled letter', given: { name: 'Bellla' }, want: ['Bella'], match: 'similar' },
    { name: 'no accent', given: { name: 'jose' }, want: ['José'], match: 'exact' },
    {
      name: 'species only',
      given: { species: 'kitties' },
      want: ['Maxine', 'Mia'],
      match: 'species',
    },
    {
      name: 'name and species',
      given: { name: 'max', species: 'cat' },
      want: ['Maxine'],
      match: 'prefix',
    },
    { name: 'nothing close', given: { name: 'Oscar' }, want: [], match: undefined },
  ];

  it.each(cases)('ranks $name', async ({ given, want, match }) => {
    const candidates = await find(given, bob);
    expect(candidates.map((c) => c.subject.name)).toEqual(want);
    if (match) expect(candidates[0]?.match).toBe(match);
  });

  it('never offers another user’s subjects', async () => {
    expect(await find({ name: 'Luna' }, bob)).toEqual([]);
    expect((await find({ name: 'Luna' })).map((c) => c.subject.name)).toEqual(['Luna']);
  });
});

describe('update and archive', () => {
  it('changes only what is sent and re-reads the age', async () => {
    const rex = await create({ name: 'Rex', species: 'dog', age_text: '3 yo' });
    t.clock.advance(60_000);
    const res = await t.request
      .patch(`/v1/subjects/${rex.id}`)
      .set('Authorization', alice.auth)
      .send({ birth_date: '2023-02-10', breed: 'Beagle' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Rex',
      species: 'dog',
      breed: 'Beagle',
      birth_date: '2023-02-10',
      birthday_precision: 'day',
      age_text: '3 years',
      next_birthday: '2027-02-10',
      updated_at: '2026-11-22T10:01:00.000+01:00',
    });
  });

  it('archives on delete: gone from lists and searches, still readable by id', async () => {
    const tom = await create({ name: 'Tom', species: 'cat' });
    const del = await t.request.delete(`/v1/subjects/${tom.id}`).set('Authorization', alice.auth);
    expect(del.status).toBe(204);
    const listed = await t.request.get('/v1/subjects?limit=100').set('Authorization', alice.auth);
    expect(listed.body.items.map((s: { id: string }) => s.id)).not.toContain(tom.id);
    const withArchived = await t.request
      .get('/v1/subjects?include_archived=true&limit=100')
      .set('Authorization', alice.auth);
    expect(withArchived.body.items.map((s: { id: string }) => s.id)).toContain(tom.id);
    expect(await find({ name: 'Tom' })).toEqual([]);
    const got = await t.request.get(`/v1/subjects/${tom.id}`).set('Authorization', alice.auth);
    expect(got.body).toMatchObject({ name: 'Tom', archived: true });
  });

  it('pages through subjects by name', async () => {
    const carol = await t.createUser();
    for (const name of ['Ziggy', 'Alfie', 'Mittens', 'Bo', 'Kiki']) {
      await create({ name, species: 'cat' }, carol);
    }
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { name: string }[]; next_cursor: string | null } } =
        await t.request
          .get(`/v1/subjects?kind=pet&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
          .set('Authorization', carol.auth);
      names.push(...res.body.items.map((s) => s.name));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(names).toEqual(['Alfie', 'Bo', 'Kiki', 'Mittens', 'Ziggy']);
  });
});

describe('another user’s subject', () => {
  let mallory: TestUser;
  let lunaId: string;
  beforeAll(async () => {
    mallory = await t.createUser();
    lunaId = (await find({ name: 'Luna' }))[0]?.subject.id as string;
  });

  const calls = [
    ['getSubject', (id: string) => t.request.get(`/v1/subjects/${id}`)],
    ['updateSubject', (id: string) => t.request.patch(`/v1/subjects/${id}`).send({ name: 'Mine' })],
    ['deleteSubject', (id: string) => t.request.delete(`/v1/subjects/${id}`)],
  ] as const;

  it.each(calls)('is a 404 for %s', async (_name, call) => {
    const res = await call(lunaId).set('Authorization', mallory.auth);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it('is never listed for the other user', async () => {
    const res = await t.request
      .get('/v1/subjects?include_archived=true&limit=100')
      .set('Authorization', mallory.auth);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0].is_self).toBe(true);
  });
});
