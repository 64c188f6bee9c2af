import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type Browser, signUpAs } from '../support/browser.ts';
import { addSubject, apiKeyFor, postForm } from './people-helpers.ts';

let t: TestApp;
let b: Browser;
let other: Browser;
let api: string;

beforeAll(async () => {
  t = await createTestApp();
  b = await signUpAs(t.app, 'people@example.com', 'Pat');
  other = await signUpAs(t.app, 'other@example.com', 'Olga');
  api = await apiKeyFor(t.db, 'people@example.com');
});
afterAll(() => t.close());

const subjects = async (query = '') =>
  (await t.request.get(`/v1/subjects${query}`).set('Authorization', api)).body.items as {
    id: string;
    name: string;
    archived: boolean;
    breed: string | null;
    age_text: string | null;
    birthday_precision: string | null;
  }[];

describe('People & pets list', () => {
  it('sends a signed-out browser to sign in, and back', async () => {
    const res = await t.request.get('/people');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/signin?return_to=%2Fpeople');
  });

  it('lists the person themself, then each one added with kind, species and age', async () => {
    const id = await addSubject(b, {
      name: 'Luna',
      kind: 'pet',
      species: 'cat',
      breed: 'Siamese',
      age_text: 'about 2 years',
      sex: 'female',
    });
    const list = await b.get('/people');
    expect(list.status).toBe(200);
    expect(list.text).toContain('href="/people/new">Add a person or pet</a>');
    expect(list.text).toMatch(/id="people-list" data-live-region/);
    expect(list.text).toContain(`<a href="/people/${id}">Luna</a>`);
    expect(list.text).toContain('Pet · cat');
    expect(list.text).toContain('Siamese');
    expect(list.text).toContain('about 2 years');
    expect(list.text).toContain('Pat');
    expect(list.text).toContain('<td>You</td>');
  });

  it('shows the profile as Tend understood it', async () => {
    const id = await addSubject(b, {
      name: 'Rex',
      kind: 'pet',
      species: 'dog',
      birth_date: '2020-03-14',
      sex: 'male',
    });
    const page = await b.get(`/people/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Rex</h1>');
    expect(page.text).toContain('<dd>Dog</dd>');
    expect(page.text).toContain('<dd>14 Mar 2020</dd>');
    expect(page.text).toContain('<dd>Male</dd>');
    expect(page.text).toMatch(/<dt>Next birthday<\/dt><dd>14 Mar 2027<\/dd>/);
    expect(page.text).toContain('No weights or other measurements yet');
  });
});

describe('Adding a person or pet', () => {
  it('A7: a post without the CSRF token is 403 and adds nobody', async () => {
    const before = (await subjects()).length;
    const res = await b.post('/people').type('form').send({ name: 'Ghost', kind: 'pet' });
    expect(res.status).toBe(403);
    expect((await subjects()).length).toBe(before);
  });

  it('keeps what was typed and says the problem in its words', async () => {
    const res = await postForm(b, '/people/new', '/people', {
      name: 'Mochi',
      kind: 'pet',
      species: 'rabbit',
      breed: 'Lop <ear>',
      birth_date: '2023-01-02',
      age_text: 'about 3 years',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('<p role="alert">Give only one of Birthday, Age.</p>');
    expect(res.text).toContain('value="Mochi"');
    expect(res.text).toContain('value="Lop &lt;ear&gt;"');
    expect(res.text).toContain('value="about 3 years"');
    expect(res.text).toContain('<option value="rabbit" selected>');
    expect((await subjects()).some((s) => s.name === 'Mochi')).toBe(false);
  });

  it('shows a duplicate name with a way to add the other one anyway', async () => {
    await addSubject(b, { name: 'Bella', kind: 'pet', species: 'dog' });
    const res = await postForm(b, '/people/new', '/people', {
      name: 'Bella',
      kind: 'pet',
      species: 'cat',
    });
    expect(res.status).toBe(409);
    expect(res.text).toContain('There is already a subject called Bella.');
    expect(res.text).toContain('<input type="hidden" name="confirm_duplicate" value="true">');
    expect(res.text).toContain('Add anyway');
    const confirmed = await postForm(b, '/people/new', '/people', {
      name: 'Bella',
      kind: 'pet',
      species: 'cat',
      confirm_duplicate: 'true',
    });
    expect(confirmed.status).toBe(303);
    expect((await subjects()).filter((s) => s.name === 'Bella')).toHaveLength(2);
  });
});

describe('Editing and archiving', () => {
  it('changes only what was changed: the birthday understood stays', async () => {
    const id = await addSubject(b, {
      name: 'Milo',
      kind: 'pet',
      species: 'cat',
      age_text: '7 months',
    });
    const before = (await subjects()).find((s) => s.id === id);
    expect(before?.birthday_precision).toBe('month');
    const edit = await b.get(`/people/${id}/edit`);
    expect(edit.text).toContain('value="Milo"');
    expect(edit.text).toContain('Tend has: born');
    const res = await postForm(b, `/people/${id}/edit`, `/people/${id}/edit`, {
      name: 'Milo',
      kind: 'pet',
      species: 'cat',
      breed: 'Maine Coon',
      sex: 'unknown',
      birth_date: '',
      age_text: '',
      notes: 'Loves boxes',
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/people/${id}`);
    const milo = (await subjects()).find((s) => s.id === id);
    expect(milo?.breed).toBe('Maine Coon');
    expect(milo?.birthday_precision).toBe('month');
    expect(milo?.age_text).toBe(before?.age_text);
    expect((await b.get(`/people/${id}`)).text).toContain('Loves boxes');
  });

  it('keeps a refused edit as typed, with the problem', async () => {
    const id = await addSubject(b, { name: 'Nala', kind: 'pet', species: 'cat' });
    const res = await postForm(b, `/people/${id}/edit`, `/people/${id}/edit`, {
      name: '   ',
      kind: 'pet',
      species: 'cat',
      breed: 'Tabby',
      sex: 'unknown',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain(
      '<p role="alert">Please check Name: missing, or not in a form Tend can read.</p>',
    );
    expect(res.text).toContain('value="Tabby"');
    expect((await subjects()).find((s) => s.id === id)?.breed).toBeNull();
  });

  it('A7: an archive without the CSRF token is 403 and archives nothing', async () => {
    const id = await addSubject(b, { name: 'Pip', kind: 'pet', species: 'bird' });
    const res = await b.post(`/people/${id}/archive`).type('form').send({});
    expect(res.status).toBe(403);
    expect((await subjects()).some((s) => s.id === id)).toBe(true);
  });

  it('archives: gone from the list, kept with "show archived", the profile says so', async () => {
    const id = await addSubject(b, { name: 'Oscar', kind: 'pet', species: 'fish' });
    const res = await postForm(b, `/people/${id}`, `/people/${id}/archive`, {});
    expect(res.status).toBe(303);
    expect((await subjects()).some((s) => s.id === id)).toBe(false);
    expect((await b.get('/people')).text).not.toContain('Oscar');
    const all = await b.get('/people?archived=1');
    expect(all.text).toContain('Oscar</a> <span class="badge">Archived</span>');
    const profile = await b.get(`/people/${id}`);
    expect(profile.text).toContain('Oscar is archived');
    expect(profile.text).not.toContain(`action="/people/${id}/archive"`);
  });

  it('offers no archive for the person themself', async () => {
    const self = (await subjects()).find((s) => s.name === 'Pat');
    const page = await b.get(`/people/${self?.id}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('/archive"');
  });
});

describe('R13: the pages act for their person, the cookie does not', () => {
  it('the signed-in cookie alone reads no data through the API', async () => {
    const res = await b.get('/v1/subjects');
    expect(res.status).toBe(401);
  });
});

describe("R3: another person's ids", () => {
  it('answer 404 on every page and change nothing', async () => {
    const id = await addSubject(b, {
      name: 'Secret',
      kind: 'pet',
      species: 'cat',
      breed: 'Hidden',
    });
    for (const path of [
      `/people/${id}`,
      `/people/${id}/edit`,
      `/people/${id}/care`,
      `/people/${id}/records/new`,
    ]) {
      const res = await other.get(path);
      expect(res.status, path).toBe(404);
      expect(res.text).not.toContain('Secret');
    }
    const edit = await postForm(other, '/people/new', `/people/${id}/edit`, {
      name: 'Mine',
      breed: 'Mine',
    });
    expect(edit.status).toBe(404);
    const archive = await postForm(other, '/people/new', `/people/${id}/archive`, {});
    expect(archive.status).toBe(404);
    const mine = (await subjects()).find((s) => s.id === id);
    expect(mine).toMatchObject({ name: 'Secret', breed: 'Hidden', archived: false });
    expect((await other.get('/people/not-an-id')).status).toBe(404);
  });
});
