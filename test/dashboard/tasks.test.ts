import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { formBodyOf } from '../support/browser.ts';
import { type Person, signUpPerson } from './person.ts';

// The test clock: Sunday 22 November 2026, 10:00 in Berlin.
let t: TestApp;
let p: Person;
let other: Person;
let luna: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  p = await signUpPerson(t, 'tasks@example.com');
  other = await signUpPerson(t, 'other@example.com');
  luna = (await p.api('post', '/subjects', { name: 'Luna', kind: 'pet', species: 'cat' })).body;
});
afterAll(() => t.close());

const FULL_FORM = {
  title: 'Take Luna to the vet',
  due: 'friday 10am',
  repeat: 'every 6 months',
  priority: 'high',
  tags: 'Vet, luna, vet',
  notes: 'Bring the vaccination card.',
};

async function post(path: string, fields: Record<string, string>, from = '/tasks') {
  return p.b
    .post(path)
    .type('form')
    .send({ csrf_token: await p.csrf(from), ...fields });
}

describe('adding a task on /tasks', () => {
  it('stores every field of the form and says what it understood', async () => {
    const res = await post('/tasks', { ...FULL_FORM, subject_id: luna.id });
    expect(res.status).toBe(303);
    const id = (res.headers.location as string).replace('/tasks?added=', '');
    const task = (await p.api('get', `/tasks/${id}`)).body;
    expect(task).toMatchObject({
      title: 'Take Luna to the vet',
      due_text: 'friday 10am',
      due_at: '2026-11-27T10:00:00.000+01:00',
      repeat: 'every 6 months',
      priority: 'high',
      tags: ['vet', 'luna'],
      notes: 'Bring the vaccination card.',
      subject_id: luna.id,
    });
    const page = await p.b.get(res.headers.location as string);
    expect(page.text).toContain(
      'Added “Take Luna to the vet”, due Fri 27 Nov 10:00, repeats every 6 months, for Luna.',
    );
  });

  it('keeps what was typed and says what is wrong when the repeat is not understood (422)', async () => {
    const res = await post('/tasks', {
      title: 'Polish the silver',
      repeat: 'every blue moon',
      tags: 'home',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('role="alert"');
    expect(res.text).toContain('value="Polish the silver"');
    expect(res.text).toContain('value="every blue moon"');
    expect(res.text).toContain('value="home"');
    const found = (await p.api('get', '/tasks?q=silver')).body.items;
    expect(found).toHaveLength(0);
  });

  it('asks before adding the same task again, then adds it when told to', async () => {
    await post('/tasks', { title: 'Order cat litter' });
    const again = await post('/tasks', { title: 'Order cat litter' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('Add it anyway');
    const form = new URLSearchParams(formBodyOf(again.text, '/tasks'));
    form.set('title', 'Order cat litter');
    const anyway = await p.b.post('/tasks').type('form').send(form.toString());
    expect(anyway.status).toBe(303);
    expect((await p.api('get', '/tasks?q=litter')).body.items).toHaveLength(2);
  });

  it('refuses the form without its token and adds nothing', async () => {
    const res = await p.b.post('/tasks').type('form').send({ title: 'Forged task' });
    expect(res.status).toBe(403);
    expect((await p.api('get', '/tasks?q=forged')).body.items).toHaveLength(0);
  });
});

describe('the list', () => {
  it('filters by done, tag, person or pet, words and due', async () => {
    const done = (await p.api('post', '/tasks', { title: 'Buy a scratching post', tags: ['shop'] }))
      .body;
    await p.api('post', `/tasks/${done.id}/complete`);
    const late = (
      await p.api('post', '/tasks', { title: 'Pay the vet bill', due_date: '2026-11-19' })
    ).body;
    const open = (await p.b.get('/tasks')).text;
    expect(open).toContain('Pay the vet bill');
    expect(open).not.toContain('Buy a scratching post');
    const doneList = (await p.b.get('/tasks?status=done')).text;
    expect(doneList).toContain(`href="/tasks/${done.id}">Buy a scratching post</a>`);
    expect(doneList).not.toContain('Pay the vet bill');
    const shop = (await p.b.get('/tasks?status=all&tag=shop')).text;
    expect(shop).toContain('Buy a scratching post');
    expect(shop).not.toContain('Take Luna to the vet');
    const forLuna = (await p.b.get(`/tasks?subject=${luna.id}`)).text;
    expect(forLuna).toContain('Take Luna to the vet');
    expect(forLuna).not.toContain('Pay the vet bill');
    const overdue = (await p.b.get('/tasks?when=overdue')).text;
    expect(overdue).toContain(`href="/tasks/${late.id}">Pay the vet bill</a>`);
    expect(overdue).not.toContain('Take Luna to the vet');
    const words = (await p.b.get('/tasks?q=litter')).text;
    expect(words).toContain('Order cat litter');
    expect(words).not.toContain('Pay the vet bill');
  });

  it('pages with the cursor, keeping the filters', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({
      title: `Errand ${i + 1}`,
      tags: ['errand'],
    }));
    await p.api('post', '/tasks/batch', { items });
    const first = (await p.b.get('/tasks?tag=errand')).text;
    expect(first.match(/href="\/tasks\/[0-9a-f-]{36}">Errand/g)).toHaveLength(25);
    const next = /href="(\/tasks\?tag=errand&amp;cursor=[^"]+)">Next page/.exec(first)?.[1];
    expect(next).toBeDefined();
    const second = (await p.b.get((next as string).replace(/&amp;/g, '&'))).text;
    expect(second.match(/href="\/tasks\/[0-9a-f-]{36}">Errand/g)).toHaveLength(5);
    expect(second).not.toContain('Next page');
  });
});

describe('a task’s page', () => {
  it('shows the task with its repeat, and saves a change', async () => {
    const task = (
      await p.api('post', '/tasks', { title: 'Give Luna her pill', repeat: 'daily at 8am' })
    ).body;
    const page = await p.b.get(`/tasks/${task.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('daily at 8am');
    expect(page.text).toContain('completing it adds the next one');
    const form = new URLSearchParams(formBodyOf(page.text, `/tasks/${task.id}`));
    for (const [name, value] of Object.entries({
      title: 'Give Luna her pill with food',
      due: '',
      repeat: 'daily at 8am',
      subject_id: luna.id,
      priority: 'normal',
      tags: 'meds',
      notes: '',
    })) {
      form.set(name, value);
    }
    const due =
      page.text.match(/id="task-due" name="due" maxlength="100" value="([^"]*)"/)?.[1] ?? '';
    form.set('due', due);
    const res = await p.b.post(`/tasks/${task.id}`).type('form').send(form.toString());
    expect(res.status).toBe(303);
    const after = (await p.api('get', `/tasks/${task.id}`)).body;
    expect(after).toMatchObject({
      title: 'Give Luna her pill with food',
      repeat: 'daily at 8am',
      due_at: task.due_at,
      subject_id: luna.id,
      tags: ['meds'],
    });
    expect((await p.b.get(res.headers.location as string)).text).toContain('Saved.');
  });

  it('keeps what was typed when the new date is not understood (422)', async () => {
    const task = (await p.api('post', '/tasks', { title: 'Clip Luna’s claws' })).body;
    const page = await p.b.get(`/tasks/${task.id}`);
    const form = new URLSearchParams(formBodyOf(page.text, `/tasks/${task.id}`));
    form.set('title', 'Clip the claws');
    form.set('due', 'when pigs fly');
    form.set('priority', 'normal');
    const res = await p.b.post(`/tasks/${task.id}`).type('form').send(form.toString());
    expect(res.status).toBe(422);
    expect(res.text).toContain('role="alert"');
    expect(res.text).toContain('value="when pigs fly"');
    expect((await p.api('get', `/tasks/${task.id}`)).body.title).toBe('Clip Luna’s claws');
  });

  it('completes and reopens the task', async () => {
    const task = (await p.api('post', '/tasks', { title: 'Refill the water fountain' })).body;
    const done = await post(
      `/tasks/${task.id}/complete`,
      { back: `/tasks/${task.id}` },
      `/tasks/${task.id}`,
    );
    expect(done.headers.location).toBe(`/tasks/${task.id}?done=${task.id}`);
    expect((await p.api('get', `/tasks/${task.id}`)).body.status).toBe('done');
    const reopened = await post(
      `/tasks/${task.id}/reopen`,
      { back: `/tasks/${task.id}` },
      `/tasks/${task.id}`,
    );
    expect(reopened.status).toBe(303);
    expect((await p.api('get', `/tasks/${task.id}`)).body.status).toBe('open');
  });

  it('deletes the task only after asking, and not without the form’s token', async () => {
    const task = (await p.api('post', '/tasks', { title: 'Cancel the magazine' })).body;
    const ask = await p.b.get(`/tasks/${task.id}/delete`);
    expect(ask.status).toBe(200);
    expect(ask.text).toContain('Delete “Cancel the magazine”?');
    const forged = await p.b.post(`/tasks/${task.id}/delete`).type('form').send({});
    expect(forged.status).toBe(403);
    expect((await p.api('get', `/tasks/${task.id}`)).status).toBe(200);
    const res = await p.b
      .post(`/tasks/${task.id}/delete`)
      .type('form')
      .send(formBodyOf(ask.text, `/tasks/${task.id}/delete`));
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/tasks?deleted=1');
    expect((await p.api('get', `/tasks/${task.id}`)).status).toBe(404);
  });

  it('answers 404 for another person’s task, and changes nothing of it', async () => {
    const theirs = (await other.api('post', '/tasks', { title: 'Their secret task' })).body;
    const page = await p.b.get(`/tasks/${theirs.id}`);
    expect(page.status).toBe(404);
    expect(page.text).not.toContain('Their secret task');
    expect((await p.b.get(`/tasks/${theirs.id}/delete`)).status).toBe(404);
    for (const path of [
      `/tasks/${theirs.id}`,
      `/tasks/${theirs.id}/complete`,
      `/tasks/${theirs.id}/delete`,
    ]) {
      const res = await post(path, { title: 'Mine now', priority: 'normal' });
      expect(res.status, path).toBe(404);
    }
    expect((await other.api('get', `/tasks/${theirs.id}`)).body).toMatchObject({
      title: 'Their secret task',
      status: 'open',
    });
  });

  it('answers 404 for an id that is not one', async () => {
    expect((await p.b.get('/tasks/not-a-task')).status).toBe(404);
  });
});
