import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { browser } from '../support/browser.ts';
import { type Person, signUpPerson } from './person.ts';

let t: TestApp;
let p: Person;
let ids: { task: string; max: string; record: string };

beforeAll(async () => {
  t = await createTestApp();
  p = await signUpPerson(t, 'search@example.com');
  const other = await signUpPerson(t, 'search-other@example.com');
  await other.api('post', '/tasks', { title: 'Max flea collar of someone else' });
  const max = (await p.api('post', '/subjects', { name: 'Max', kind: 'pet', species: 'dog' })).body;
  const task = (
    await p.api('post', '/tasks', { title: 'Buy flea meds <b>now</b>', subject_id: max.id })
  ).body;
  const record = (
    await p.api('post', '/records', {
      subject_id: max.id,
      type: 'medication',
      title: 'Flea drops',
      when: 'yesterday',
    })
  ).body;
  ids = { task: task.id, max: max.id, record: record.id };
});
afterAll(() => t.close());

const between = (page: string, from: string, to: string) => {
  const start = page.indexOf(from);
  return start < 0 ? '' : page.slice(start, page.indexOf(to, start + from.length) >>> 0);
};

describe('Search', () => {
  it('shows only the form before anything is asked', async () => {
    const res = await p.b.get('/search');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<label for="search-q">');
    expect(res.text).not.toContain('search-results');
  });

  it('finds tasks, people and pets, and records, grouped by kind and linked to their pages', async () => {
    const res = await p.b.get('/search?q=flea');
    expect(res.status).toBe(200);
    const tasks = between(res.text, '<h3>Tasks</h3>', '</ul>');
    expect(tasks).toContain(`href="/tasks/${ids.task}">Buy flea meds &lt;b&gt;now&lt;/b&gt;</a>`);
    const records = between(res.text, '<h3>Care records</h3>', '</ul>');
    expect(records).toContain(`href="/records/${ids.record}">Flea drops</a>`);
    expect(res.text).not.toContain('someone else');
    const people = (await p.b.get('/search?q=max')).text;
    expect(between(people, '<h3>People and pets</h3>', '</ul>')).toContain(
      `href="/people/${ids.max}">Max</a>`,
    );
  });

  it('says when nothing was found, and keeps the words in the box', async () => {
    const res = await p.b.get('/search?q=zebra');
    expect(res.text).toContain('Nothing found for “zebra”.');
    expect(res.text).toContain('value="zebra"');
  });

  it('sends someone signed out to sign in first', async () => {
    const res = await browser(t.app).get('/search?q=flea');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/signin?return_to=%2Fsearch%3Fq%3Dflea');
  });
});
