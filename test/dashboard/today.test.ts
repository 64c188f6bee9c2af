import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { browser, formBodyOf } from '../support/browser.ts';
import { type Person, signUpPerson } from './person.ts';

// The test clock: Sunday 22 November 2026, 10:00 in Berlin.
let t: TestApp;
let p: Person;

beforeAll(async () => {
  t = await createTestApp();
  p = await signUpPerson(t, 'today@example.com');
});
afterAll(() => t.close());

async function quickAdd(line: string, extra: Record<string, string> = {}) {
  return p.b
    .post('/quick-add')
    .type('form')
    .send({ csrf_token: await p.csrf('/'), line, ...extra });
}

const section = (page: string, id: string) => {
  const start = page.indexOf(`<section id="${id}"`);
  return page.slice(start, page.indexOf('</section>', start));
};

describe('the front door', () => {
  it('tells someone signed out what Tend is, with Create an account and Sign in', async () => {
    const res = await browser(t.app).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('for you, your family and your pets');
    expect(res.text).toContain('ChatGPT, Claude');
    expect(res.text).toMatch(/<a class="button" href="\/signup[^"]*">Create an account<\/a>/);
    expect(res.text).toMatch(/href="\/signin[^"]*">Sign in<\/a>/);
    expect(res.text).not.toContain('aria-label="Sections"');
  });

  it('is Today for the signed-in person', async () => {
    const res = await p.b.get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Today, Sun 22 Nov</h1>');
    expect(res.text).toContain('<a href="/" aria-current="page">Today</a>');
    for (const id of ['today-overdue', 'today-due-today', 'today-this-week', 'today-records']) {
      expect(res.text).toContain(`<section id="${id}" data-live-region`);
    }
  });
});

describe('the quick-add line', () => {
  it('reads "Buy flea meds friday 5pm", adds it, and says what it understood', async () => {
    const res = await quickAdd('Buy flea meds friday 5pm');
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/\?added=[0-9a-f-]{36}$/);
    const id = (res.headers.location as string).split('=')[1];
    const task = (await p.api('get', `/tasks/${id}`)).body;
    expect(task).toMatchObject({
      title: 'Buy flea meds',
      due_text: 'friday 5pm',
      due_at: '2026-11-27T17:00:00.000+01:00',
    });
    const today = await p.b.get(res.headers.location as string);
    expect(today.text).toContain('Added “Buy flea meds”, due Fri 27 Nov 17:00.');
    expect(section(today.text, 'today-this-week')).toContain(
      `href="/tasks/${id}">Buy flea meds</a>`,
    );
  });

  it('reads "every month give Max his flea meds": the repeat, and Max as the pet it is about', async () => {
    const max = (await p.api('post', '/subjects', { name: 'Max', kind: 'pet', species: 'dog' }))
      .body;
    const res = await quickAdd('every month give Max his flea meds');
    expect(res.status).toBe(303);
    const id = (res.headers.location as string).split('=')[1];
    const task = (await p.api('get', `/tasks/${id}`)).body;
    expect(task).toMatchObject({
      title: 'Give Max his flea meds',
      repeat: 'every month',
      subject_id: max.id,
    });
    const today = await p.b.get(res.headers.location as string);
    expect(today.text).toMatch(
      /Added “Give Max his flea meds”, due [^,]+, repeats every month, for Max\./,
    );
  });

  it('asks before adding the same task twice, and adds it anyway when asked to', async () => {
    await quickAdd('call the vet tomorrow');
    const again = await quickAdd('call the vet tomorrow');
    expect(again.status).toBe(409);
    expect(again.text).toContain('An open task &quot;Call the vet&quot; was added');
    expect(again.text).toContain('Add it anyway');
    const anyway = await p.b
      .post('/quick-add')
      .type('form')
      .send(formBodyOf(again.text.slice(again.text.indexOf('duplicate-heading')), '/quick-add'));
    expect(anyway.status).toBe(303);
    const tasks = (await p.api('get', '/tasks?q=call%20the%20vet')).body.items;
    expect(tasks).toHaveLength(2);
  });

  it('keeps an empty line on the page with words saying what to write', async () => {
    const res = await quickAdd('   ');
    expect(res.status).toBe(422);
    expect(res.text).toContain('Write what you want to do');
  });

  it('refuses a line without the form’s token and adds nothing', async () => {
    const before = (await p.api('get', '/tasks?status=all')).body.items.length;
    const res = await p.b.post('/quick-add').type('form').send({ line: 'Sneaky task tomorrow' });
    expect(res.status).toBe(403);
    expect((await p.api('get', '/tasks?status=all')).body.items.length).toBe(before);
  });
});

describe('Today', () => {
  it('shows overdue tasks, tasks due today, and care due this week', async () => {
    const late = (
      await p.api('post', '/tasks', { title: 'Renew insurance', due_date: '2026-11-20' })
    ).body;
    const now = (await p.api('post', '/tasks', { title: 'Brush Max', due_text: 'today 6pm' })).body;
    await p.api('post', '/records', {
      subject: 'Max',
      type: 'vaccination',
      title: 'Rabies',
      when: '2025-11-25',
      next_due: '2026-11-25',
    });
    const page = (await p.b.get('/')).text;
    expect(section(page, 'today-overdue')).toContain(
      `href="/tasks/${late.id}">Renew insurance</a>`,
    );
    expect(section(page, 'today-overdue')).toContain('was due Fri 20 Nov');
    expect(section(page, 'today-due-today')).toContain(`href="/tasks/${now.id}">Brush Max</a>`);
    expect(section(page, 'today-this-week')).toMatch(
      /<a href="\/records\/[0-9a-f-]{36}">Rabies<\/a> for Max/,
    );
    expect(section(page, 'today-records')).toContain('Rabies');
  });

  it('completes a task with one click and comes back to Today without it', async () => {
    const task = (
      await p.api('post', '/tasks', { title: 'Water the plants', due_text: 'today 8pm' })
    ).body;
    const page = (await p.b.get('/')).text;
    const form = formBodyOf(page, `/tasks/${task.id}/complete`);
    const res = await p.b.post(`/tasks/${task.id}/complete`).type('form').send(form);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/?done=${task.id}`);
    expect((await p.api('get', `/tasks/${task.id}`)).body.status).toBe('done');
    const after = (await p.b.get(res.headers.location as string)).text;
    expect(after).toContain('Done: “Water the plants”.');
    expect(section(after, 'today-due-today')).not.toContain('Water the plants');
  });

  it('refuses Complete without the form’s token and leaves the task open', async () => {
    const task = (await p.api('post', '/tasks', { title: 'Clean the cage', due_text: 'today' }))
      .body;
    const res = await p.b.post(`/tasks/${task.id}/complete`).type('form').send({ back: '/' });
    expect(res.status).toBe(403);
    expect((await p.api('get', `/tasks/${task.id}`)).body.status).toBe('open');
  });

  it('lends its every scope to its own forms only: the cookie alone reaches no task (R6, R13)', async () => {
    const res = await p.b.get('/v1/tasks');
    expect([401, 403]).toContain(res.status);
    expect(JSON.stringify(res.body)).not.toContain('Buy flea meds');
  });

  it('never sends the form back to another site', async () => {
    const task = (await p.api('post', '/tasks', { title: 'Feed the fish' })).body;
    const token = await p.csrf('/');
    const res = await p.b
      .post(`/tasks/${task.id}/complete`)
      .type('form')
      .send({ csrf_token: token, back: '//evil.example/' });
    expect(res.headers.location).toBe(`/?done=${task.id}`);
  });
});
