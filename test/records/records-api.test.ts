import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;
let luna: { id: string };
let max: { id: string };

// Sunday 2026-11-22, 10:00 in Berlin.
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
  luna = await createSubject({ name: 'Luna', species: 'cat' });
  max = await createSubject({ name: 'Max', species: 'dog' });
  await createSubject({ name: 'Maxine', species: 'cat' });
});
afterAll(() => t.close());

async function createSubject(body: object, user = alice) {
  const res = await t.request.post('/v1/subjects').set('Authorization', user.auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

function post(body: object, user = alice) {
  return t.request.post('/v1/records').set('Authorization', user.auth).send(body);
}

async function create(body: object, user = alice) {
  const res = await post(body, user);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; title: string };
}

async function list(query: string, user = alice) {
  const res = await t.request.get(`/v1/records?${query}`).set('Authorization', user.auth);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: { id: string; title: string }[]; next_cursor: string | null };
}

describe('createRecord', () => {
  it('stores a weight about a pet named in words, and echoes what it understood', async () => {
    const res = await post({
      subject: 'luna',
      type: 'weighed',
      value_text: '9 lbs 4 oz',
      when: 'yesterday evening',
      tags: ['Vet'],
    });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`${PUBLIC_URL}/v1/records/${res.body.id}`);
    expect(res.body).toMatchObject({
      subject_id: luna.id,
      subject_name: 'Luna',
      type: 'weight',
      type_text: null,
      title: 'Weight',
      tags: ['vet'],
      occurred_at: '2026-11-21T20:00:00.000+01:00',
      occurred_date: '2026-11-21',
      occurred_date_only: false,
      when_text: 'yesterday evening',
      value: 4.196,
      unit: 'kg',
      metric: 'weight',
      value_text: '9 lbs 4 oz',
      next_due: null,
    });
    const read = await t.request.get(`/v1/records/${res.body.id}`).set('Authorization', alice.auth);
    expect(read.body).toEqual(res.body);
  });

  it('is about the user themself when no subject is named', async () => {
    const body = await create({ type: 'headache', title: 'Headache', when: 'yesterday evening' });
    expect(body).toMatchObject({ subject_name: alice.display_name, type: 'symptom' });
  });

  it('keeps an unknown type word as other with type_text', async () => {
    const body = await create({ subject_id: luna.id, type: 'grooming' });
    expect(body).toMatchObject({ type: 'other', type_text: 'grooming', title: 'grooming' });
  });

  it('works out the next due date of a vaccination from the day it was given', async () => {
    const body = await create({
      subject: 'Max',
      type: 'rabies shot',
      title: 'Rabies booster',
      when: 'yesterday',
      next_due_text: 'in 1 year',
    });
    expect(body).toMatchObject({
      subject_id: max.id,
      type: 'vaccination',
      occurred_date: '2026-11-21',
      occurred_date_only: true,
      next_due: '2027-11-21',
      next_due_text: 'in 1 year',
    });
  });

  it('converts a temperature in °F to °C', async () => {
    const body = await create({ type: 'temp', value_text: '101.5 F' });
    expect(body).toMatchObject({
      type: 'measurement',
      metric: 'temperature',
      title: 'Temperature',
      value: 38.6,
      unit: '°C',
      value_text: '101.5 F',
    });
  });

  it('refuses a weight without a unit, asking for one', async () => {
    const res = await post({ subject: 'Luna', type: 'weight', value: 9 });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'unit_required',
      allowed: expect.arrayContaining(['kg']),
    });
  });
});

describe('subject by name', () => {
  const cases = [
    { name: 'one exact match', given: 'MAX', status: 201, code: undefined },
    { name: 'one close spelling', given: 'Lunna', status: 201, code: undefined },
    { name: 'several fits', given: 'Maxi', status: 409, code: 'ambiguous_subject' },
    { name: 'no fit', given: 'Oscar', status: 404, code: 'unknown_subject' },
  ];

  it.each(cases)('with $name answers $status', async ({ given, status, code }) => {
    const res = await post({ subject: given, type: 'note', confirm_duplicate: true });
    expect(res.status).toBe(status);
    if (code) {
      expect(res.body.code).toBe(code);
      expect(res.body.candidates.length).toBeGreaterThan(0);
      expect(res.body.errors).toEqual([{ pointer: '/body/subject', reason: expect.any(String) }]);
    }
  });

  it('lists the names it could mean when several fit', async () => {
    const res = await post({ subject: 'Maxi', type: 'note' });
    expect(res.body.candidates.map((c: { name: string }) => c.name)).toEqual(['Maxine', 'Max']);
  });

  it('offers every subject of the user when none fits', async () => {
    const res = await post({ subject: 'Oscar', type: 'note' });
    expect(res.body.candidates.map((c: { name: string }) => c.name).sort()).toEqual(
      [alice.display_name, 'Luna', 'Max', 'Maxine'].sort(),
    );
  });

  it('refuses subject and subject_id together', async () => {
    const res = await post({ subject: 'Luna', subject_id: luna.id, type: 'note' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('conflicting_inputs');
  });
});

describe('listRecords by subject name', () => {
  const get = (query: string) =>
    t.request.get(`/v1/records?${query}`).set('Authorization', alice.auth);

  it('lists the records of the one person or pet the name fits', async () => {
    const made = await create({
      subject: 'Luna',
      type: 'symptom',
      title: 'Sneezing',
      when: '2026-11-02',
      confirm_duplicate: true,
    });
    for (const given of ['Luna', 'LUNA', 'Lunna']) {
      const page = await list(`subject=${given}&limit=100`);
      expect(page.items.map((r) => r.id)).toContain(made.id);
      expect(new Set(page.items.map((r) => (r as { subject_id?: string }).subject_id))).toEqual(
        new Set([luna.id]),
      );
    }
    const byId = await list(`subject_id=${luna.id}&limit=100`);
    expect((await list('subject=Luna&limit=100')).items).toEqual(byId.items);
  });

  it('answers a name fitting several with the 409 ambiguous_subject the writes give', async () => {
    const read = await get('subject=Maxi');
    const write = await post({ subject: 'Maxi', type: 'note' });
    expect(read.status).toBe(409);
    expect(read.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(read.body).toMatchObject({
      code: write.body.code,
      detail: write.body.detail,
      hint: write.body.hint,
      candidates: write.body.candidates,
      errors: [{ pointer: '/query/subject', reason: 'matches several subjects' }],
    });
    expect(read.body.code).toBe('ambiguous_subject');
  });

  it('answers a name fitting nobody with the 404 unknown_subject the writes give', async () => {
    const read = await get('subject=Oscar');
    const write = await post({ subject: 'Oscar', type: 'note' });
    expect(read.status).toBe(404);
    expect(read.body).toMatchObject({
      code: 'unknown_subject',
      detail: write.body.detail,
      candidates: write.body.candidates,
      errors: [{ pointer: '/query/subject', reason: 'matches no subject' }],
    });
  });

  it('refuses a name and an id together', async () => {
    const res = await get(`subject=Luna&subject_id=${luna.id}`);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'conflicting_inputs',
      errors: [
        { pointer: '/query/subject_id', reason: 'conflicts with subject' },
        { pointer: '/query/subject', reason: 'conflicts with subject_id' },
      ],
    });
  });

  it('never resolves a name to another user’s pet', async () => {
    const bob = await t.createUser();
    await createSubject({ name: 'Bella', species: 'dog' }, bob);
    const res = await get('subject=Bella');
    expect(res.status).toBe(404);
    expect(res.body.candidates.map((c: { name: string }) => c.name)).not.toContain('Bella');
  });
});

describe('duplicates', () => {
  it('suspects the same subject, type, day and value, until confirmed', async () => {
    const first = await create({ subject: 'Max', type: 'weight', value_text: '12 kg' });
    t.clock.advance(3 * 3600_000);
    const again = await post({ subject: 'Max', type: 'weight', value: 12, unit: 'kg' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'duplicate_suspected',
      existing: [{ id: first.id, value: 12 }],
    });
    expect(again.body.hint).toMatch(/confirm_duplicate/);
    const other = await post({ subject: 'Max', type: 'weight', value_text: '12.4 kg' });
    expect(other.status).toBe(201);
    const confirmed = await post({
      subject: 'Max',
      type: 'weight',
      value_text: '12 kg',
      confirm_duplicate: true,
    });
    expect(confirmed.status).toBe(201);
    t.clock.advance(-3 * 3600_000);
  });
});

describe('listRecords', () => {
  let bob: TestUser;
  let rex: { id: string };
  let bella: { id: string };
  beforeAll(async () => {
    bob = await t.createUser({ timezone: 'Europe/Berlin' });
    rex = await createSubject({ name: 'Rex', species: 'dog' }, bob);
    bella = await createSubject({ name: 'Bella', species: 'dog' }, bob);
    await create(
      {
        subject_id: rex.id,
        type: 'weight',
        value_text: '30 kg',
        when: '2026-10-01T09:00:00+02:00',
        tags: ['vet'],
      },
      bob,
    );
    await create(
      {
        subject_id: rex.id,
        type: 'vaccination',
        title: 'Rabies',
        when: '2026-11-02T09:00:00+01:00',
        details: 'Left leg, no reaction',
      },
      bob,
    );
    await create(
      {
        subject_id: rex.id,
        type: 'symptom',
        title: 'Limping',
        when: '2026-11-20T18:00:00+01:00',
        tags: ['Vet'],
      },
      bob,
    );
    await create(
      {
        subject_id: bella.id,
        type: 'weight',
        value_text: '22 kg',
        when: '2026-11-21T10:00:00+01:00',
      },
      bob,
    );
    await create({ type: 'note', title: 'Slept badly', when: '2026-11-22T07:00:00+01:00' }, bob);
  });

  const titles = (page: { items: { title: string }[] }) => page.items.map((i) => i.title);

  it('lists newest first', async () => {
    expect(titles(await list('', bob))).toEqual([
      'Slept badly',
      'Weight',
      'Limping',
      'Rabies',
      'Weight',
    ]);
  });

  it('filters by subject, type, dates, tag and text', async () => {
    expect(titles(await list(`subject_id=${rex.id}`, bob))).toEqual([
      'Limping',
      'Rabies',
      'Weight',
    ]);
    expect(titles(await list('type=weight', bob))).toHaveLength(2);
    expect(titles(await list('from=2026-11-01&to=2026-11-20', bob))).toEqual(['Limping', 'Rabies']);
    expect(titles(await list('to=2026-11-19', bob))).toEqual(['Rabies', 'Weight']);
    expect(titles(await list('tag=VET', bob))).toEqual(['Limping', 'Weight']);
    expect(titles(await list('q=left%20LEG', bob))).toEqual(['Rabies']);
    expect(titles(await list(`type=weight&subject_id=${bella.id}`, bob))).toEqual(['Weight']);
  });

  it('pages with a cursor, each record once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`, bob);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
  });

  it('leaves out an archived subject’s records unless asked by subject, and keeps them by id', async () => {
    const [record] = (await list(`subject_id=${bella.id}`, bob)).items;
    await t.request.delete(`/v1/subjects/${bella.id}`).set('Authorization', bob.auth);
    expect((await list('', bob)).items.map((i) => i.id)).not.toContain(record?.id);
    expect((await list(`subject_id=${bella.id}`, bob)).items).toHaveLength(1);
    const read = await t.request.get(`/v1/records/${record?.id}`).set('Authorization', bob.auth);
    expect(read.status).toBe(200);
  });

  it('never shows another user’s records', async () => {
    const aliceIds = (await list('limit=100')).items.map((i) => i.id);
    const bobIds = (await list('limit=100', bob)).items.map((i) => i.id);
    expect(aliceIds.filter((id) => bobIds.includes(id))).toEqual([]);
    expect((await list(`subject_id=${luna.id}`, bob)).items).toEqual([]);
  });
});

describe('updateRecord and deleteRecord', () => {
  it('re-reads a corrected value and moves the record to another subject', async () => {
    const record = await create({
      subject: 'Luna',
      type: 'weight',
      value_text: '4 kg',
      when: 'last tuesday',
    });
    const res = await t.request
      .patch(`/v1/records/${record.id}`)
      .set('Authorization', alice.auth)
      .send({ value_text: '4200 g', subject: 'Max' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      subject_id: max.id,
      value: 4.2,
      unit: 'kg',
      value_text: '4200 g',
      occurred_date: '2026-11-17',
    });
  });

  it('drops the next due date when a vaccination becomes a note', async () => {
    const record = await create({ subject: 'Luna', type: 'vaccine', next_due: '2027-11-22' });
    const res = await t.request
      .patch(`/v1/records/${record.id}`)
      .set('Authorization', alice.auth)
      .send({ type: 'note' });
    expect(res.body).toMatchObject({ type: 'note', next_due: null, next_due_text: null });
  });

  it('deletes a record, then answers 404 for it', async () => {
    const record = await create({ type: 'note', title: 'Oops' });
    const del = await t.request.delete(`/v1/records/${record.id}`).set('Authorization', alice.auth);
    expect(del.status).toBe(204);
    const get = await t.request.get(`/v1/records/${record.id}`).set('Authorization', alice.auth);
    expect(get.status).toBe(404);
  });
});

describe('another user’s ids', () => {
  let mallory: TestUser;
  let record: { id: string };
  let malloryRecord: { id: string };
  beforeAll(async () => {
    mallory = await t.createUser();
    record = await create({ subject: 'Luna', type: 'note', title: 'Private' });
    malloryRecord = await create({ type: 'note', title: 'own' }, mallory);
  });

  const calls = [
    ['getRecord', () => t.request.get(`/v1/records/${record.id}`)],
    ['updateRecord', () => t.request.patch(`/v1/records/${record.id}`).send({ title: 'Mine' })],
    ['deleteRecord', () => t.request.delete(`/v1/records/${record.id}`)],
    [
      'createRecord with their subject_id',
      () => t.request.post('/v1/records').send({ subject_id: luna.id, type: 'note' }),
    ],
    [
      'updateRecord moving a record to their subject',
      () => t.request.patch(`/v1/records/${malloryRecord.id}`).send({ subject_id: luna.id }),
    ],
  ] as const;

  it.each(calls)('is a 404 for %s', async (_name, call) => {
    const res = await call().set('Authorization', mallory.auth);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it('leaves the record untouched', async () => {
    const read = await t.request.get(`/v1/records/${record.id}`).set('Authorization', alice.auth);
    expect(read.body).toMatchObject({ title: 'Private', subject_id: luna.id });
  });
});
